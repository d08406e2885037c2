import { commissioningErrors } from '../errors';
import { checkCommitments } from '../figures/commitment-check';
import { monthOf } from '../figures/months';
import { trailingRevenue } from '../figures/trailing';
import type { CheckCommitments, RecordStatisticsEntry, ReportMonth } from './commands';
import type { CommissioningEvent, MonthlyFigures } from './events';
import { requireNotBefore, requireNotFuture, requireOpen } from './guards';
import type { CommissioningState } from './state';

/** A month reported again with other figures is a correction (statistics are revised); the same figures change nothing. */
export function decideReport(command: ReportMonth, state: CommissioningState): CommissioningEvent[] {
  requireOpen(state);
  const { month, figures, today } = command.data;
  if (month > monthOf(today)) throw commissioningErrors.monthInFuture(month);
  const { completedOn, trialProductionOn } = state.milestones;
  if (completedOn !== undefined && month < monthOf(completedOn)) throw commissioningErrors.monthBeforeCompletion(month, completedOn);
  const producing = trialProductionOn !== undefined && monthOf(trialProductionOn) <= month;
  if (!producing && (figures.output > 0 || figures.mainBusinessRevenue > 0)) throw commissioningErrors.notProducing(month);
  const previous = state.reports.find((report) => report.month === month);
  if (!previous) return [{ type: 'MonthReported', data: { month, figures } }];
  if (sameFigures(previous.figures, figures)) return [];
  return [{ type: 'MonthCorrected', data: { month, figures, previous: previous.figures } }];
}

export function decideStatisticsEntry(command: RecordStatisticsEntry, state: CommissioningState): CommissioningEvent[] {
  requireOpen(state);
  const { enteredOn, threshold, today } = command.data;
  if (state.statistics) throw commissioningErrors.alreadyEntered(state.statistics.enteredOn);
  requireNotFuture(enteredOn, today);
  requireNotBefore(enteredOn, state.milestones.completedOn);
  const revenue = trailingRevenue(state.reports);
  if (revenue < threshold) throw commissioningErrors.belowThreshold(revenue, threshold);
  return [{ type: 'StatisticsEntered', data: { enteredOn, trailingRevenue: revenue, threshold } }];
}

export function decideCommitmentCheck(command: CheckCommitments, state: CommissioningState): CommissioningEvent[] {
  requireOpen(state);
  const { checkpoint, checkedOn, today } = command.data;
  if (!state.commitments) throw commissioningErrors.commitmentsUnknown();
  const since = checkpoint === 'completion' ? state.milestones.completedOn : state.milestones.fullCapacityOn;
  if (since === undefined) throw commissioningErrors.notAtFullCapacity();
  if (state.checks[checkpoint]) throw commissioningErrors.alreadyChecked(checkpoint);
  requireNotFuture(checkedOn, today);
  requireNotBefore(checkedOn, since);
  if (state.reports.length === 0) throw commissioningErrors.nothingReported();
  return [{ type: 'CommitmentsChecked', data: { checkpoint, checkedOn, figures: checkCommitments(state.commitments, state.reports) } }];
}

function sameFigures(left: MonthlyFigures, right: MonthlyFigures): boolean {
  return (
    left.output === right.output &&
    left.mainBusinessRevenue === right.mainBusinessRevenue &&
    left.tax === right.tax &&
    left.jobs === right.jobs &&
    left.investmentCompleted === right.investmentCompleted
  );
}
