import type { Milestone } from '../construction/milestones';
import type { ConstructionRecordView, MonthlyInvestment, ProblemView } from '../projections/views';

export type Stage = 'awaiting_land' | 'awaiting_permit' | 'cleared' | 'started' | Milestone;

export interface ProgressLine {
  readonly projectId: string;
  readonly projectName: string;
  readonly stage: Stage;
  readonly landDeliveredOn?: string;
  readonly startedOn?: string;
  readonly daysFromDeliveryToStart?: number;
  readonly investment?: MonthlyInvestment;
  readonly completedToDateYuan: number;
}

export type ProblemLine = ProblemView & { readonly overdue: boolean };

/** The three ledgers of a monthly dispatch (调度): progress, open problems, solved problems. */
export interface DispatchSnapshot {
  readonly progress: readonly ProgressLine[];
  readonly openProblems: readonly ProblemLine[];
  readonly solvedProblems: readonly ProblemLine[];
}

export function stageOf(record: ConstructionRecordView): Stage {
  const latest = record.milestones.at(-1);
  if (latest) return latest.milestone;
  if (record.timeline) return 'started';
  if (record.clearedOn) return 'cleared';
  return record.landDeliveredOn ? 'awaiting_permit' : 'awaiting_land';
}

/** Open and past its due date, as of the given business date. */
export const isOverdue = (problem: ProblemView, today: string) =>
  problem.status === 'open' && problem.dueOn !== undefined && problem.dueOn < today;

export function dispatchSnapshot(
  records: readonly ConstructionRecordView[],
  problems: readonly ProblemView[],
  month: string,
  today: string,
): DispatchSnapshot {
  const byId = <T extends { readonly projectId: string }>(left: T, right: T) => left.projectId.localeCompare(right.projectId);
  const progress = records
    .filter((record) => record.landDeliveredOn !== undefined)
    .map((record): ProgressLine => {
      const investment = record.investments.find((entry) => entry.month === month);
      const completedToDateYuan = record.investments
        .filter((entry) => entry.month <= month)
        .reduce((sum, entry) => sum + entry.completedYuan, 0);
      return {
        projectId: record.projectId,
        projectName: record.projectName ?? record.projectId,
        stage: stageOf(record),
        ...(record.landDeliveredOn && { landDeliveredOn: record.landDeliveredOn }),
        ...(record.timeline && { startedOn: record.timeline.startedOn, daysFromDeliveryToStart: record.timeline.daysFromDeliveryToStart }),
        ...(investment && { investment }),
        completedToDateYuan,
      };
    })
    .sort(byId);
  const lines = problems
    .map((problem): ProblemLine => ({ ...problem, overdue: isOverdue(problem, today) }))
    .sort((left, right) => left.problemId.localeCompare(right.problemId));
  return {
    progress,
    openProblems: lines.filter((line) => line.status === 'open'),
    solvedProblems: lines.filter((line) => line.status === 'solved'),
  };
}
