import type { StartTimeline } from '../construction/events';
import type { Milestone } from '../construction/milestones';
import type { ProblemCategory } from '../problem/problem';
import type { Team } from '../leadership/leadership';

export const RECORDS = 'construction.records';
export const LEADERSHIP = 'construction.leadership';
export const PROBLEMS = 'construction.problems';
export const DISPATCHES = 'construction.dispatches';

export interface MonthlyInvestment {
  readonly month: string;
  readonly plannedYuan: number;
  readonly completedYuan: number;
}

/** The progress ledger's line of one project. */
export interface ConstructionRecordView {
  readonly projectId: string;
  readonly parkId?: string;
  readonly projectName?: string;
  readonly daysAllowedFromDeliveryToStart?: number;
  readonly landDeliveredOn?: string;
  readonly parcelCode?: string;
  readonly constructionPermitOn?: string;
  readonly clearedOn?: string;
  readonly timeline?: StartTimeline;
  readonly milestones: ReadonlyArray<{ readonly milestone: Milestone; readonly reachedOn: string; readonly daysFromStart: number }>;
  readonly completedOn?: string;
  readonly investments: readonly MonthlyInvestment[];
}

export interface LeadershipView extends Team {
  readonly projectId: string;
  readonly assignedOn: string;
  readonly lastVisitOn?: string;
  readonly visits: ReadonlyArray<{ readonly visitedOn: string; readonly leaderId: string; readonly note: string }>;
}

export interface ProblemView {
  readonly problemId: string;
  readonly projectId: string;
  readonly parkId: string;
  readonly projectName: string;
  readonly category: ProblemCategory;
  readonly description: string;
  readonly raisedOn: string;
  readonly status: 'open' | 'solved';
  readonly responsibleUnit?: string;
  readonly dueOn?: string;
  readonly progress: ReadonlyArray<{ readonly notedOn: string; readonly note: string }>;
  readonly resolvedOn?: string;
  readonly evidence?: string;
}
