import { commissioningErrors } from '../errors';
import type { CommissioningState, Milestones } from './state';

/** Production facts need an open record: construction completed. */
export function requireOpen(state: CommissioningState): void {
  if (state.stage === 'none') throw commissioningErrors.notFound();
  if (state.stage === 'under_construction') throw commissioningErrors.constructionNotCompleted();
}

export function requireNotFuture(date: string, today: string): void {
  if (date > today) throw commissioningErrors.dateInFuture(date);
}

export function requireNotBefore(date: string, previous: string | undefined): void {
  if (previous !== undefined && date < previous) throw commissioningErrors.dateBeforePrevious(date, previous);
}

/** The date of the latest milestone reached; dates compare as strings because they are YYYY-MM-DD. */
export function latestMilestone(milestones: Milestones): string | undefined {
  const dates = [
    milestones.completedOn,
    milestones.equipmentDebuggingOn,
    milestones.trialProductionOn,
    milestones.partialProductionOn,
    milestones.fullProductionOn,
    milestones.fullCapacityOn,
  ].filter((date): date is string => date !== undefined);
  return dates.sort().at(-1);
}
