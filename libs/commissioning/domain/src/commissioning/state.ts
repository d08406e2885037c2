import { assertNever } from '@ia/kernel';
import type { Yuan } from '@ia/reference';
import type { Checkpoint, CommissioningEvent, Commitments, FigureCheck, MonthlyFigures, ProjectSummary } from './events';

export const STAGES = [
  'none',
  'under_construction',
  'construction_completed',
  'equipment_debugging',
  'trial_production',
  'partial_production',
  'full_production',
  'full_capacity',
] as const;
export type Stage = (typeof STAGES)[number];

export interface Milestones {
  readonly constructionStartedOn?: string;
  readonly completedOn?: string;
  readonly equipmentDebuggingOn?: string;
  readonly trialProductionOn?: string;
  readonly partialProductionOn?: string;
  readonly fullProductionOn?: string;
  readonly fullCapacityOn?: string;
}

export interface MonthlyReport {
  readonly month: string;
  readonly figures: MonthlyFigures;
}

export interface RecordedCheck {
  readonly checkedOn: string;
  readonly figures: readonly FigureCheck[];
}

/** Plain JSON, so the read model keeps the same fold of the same events. */
export interface CommissioningState {
  readonly stage: Stage;
  readonly projectId?: string;
  readonly project?: ProjectSummary;
  readonly commitments?: Commitments;
  readonly milestones: Milestones;
  readonly lines: readonly string[];
  /** Oldest month first. */
  readonly reports: readonly MonthlyReport[];
  readonly statistics?: { readonly enteredOn: string; readonly trailingRevenue: Yuan; readonly threshold: Yuan };
  readonly checks: Readonly<Partial<Record<Checkpoint, RecordedCheck>>>;
}

/** The park is learned from the signing; a record opened by completed construction alone has none known yet. */
export function parkOfCommissioning(state: CommissioningState): string | undefined {
  return state.project?.parkId;
}

export const initialCommissioningState: CommissioningState = { stage: 'none', milestones: {}, lines: [], reports: [], checks: {} };

export function evolveCommissioning(state: CommissioningState, event: CommissioningEvent): CommissioningState {
  switch (event.type) {
    case 'CommitmentsLearned':
      return {
        ...state,
        stage: beforeCompletion(state),
        projectId: event.data.projectId,
        project: event.data.project,
        commitments: event.data.commitments,
      };
    case 'CommitmentsAmended':
      return { ...state, stage: beforeCompletion(state), projectId: event.data.projectId, commitments: event.data.commitments };
    case 'CommissioningOpened':
      return {
        ...state,
        stage: 'construction_completed',
        projectId: event.data.projectId,
        milestones: { ...state.milestones, constructionStartedOn: event.data.constructionStartedOn, completedOn: event.data.completedOn },
      };
    case 'EquipmentDebuggingStarted':
      return { ...state, stage: 'equipment_debugging', milestones: { ...state.milestones, equipmentDebuggingOn: event.data.startedOn } };
    case 'TrialProductionStarted':
      return { ...state, stage: 'trial_production', milestones: { ...state.milestones, trialProductionOn: event.data.startedOn } };
    case 'PartialProductionStarted':
      return {
        ...state,
        stage: 'partial_production',
        lines: [...state.lines, event.data.line],
        milestones: { ...state.milestones, partialProductionOn: state.milestones.partialProductionOn ?? event.data.startedOn },
      };
    case 'FullProductionStarted':
      return { ...state, stage: 'full_production', milestones: { ...state.milestones, fullProductionOn: event.data.startedOn } };
    case 'FullCapacityReached':
      return { ...state, stage: 'full_capacity', milestones: { ...state.milestones, fullCapacityOn: event.data.reachedOn } };
    case 'MonthReported':
    case 'MonthCorrected':
      return { ...state, reports: withReport(state.reports, { month: event.data.month, figures: event.data.figures }) };
    case 'StatisticsEntered':
      return { ...state, statistics: event.data };
    case 'CommitmentsChecked':
      return {
        ...state,
        checks: { ...state.checks, [event.data.checkpoint]: { checkedOn: event.data.checkedOn, figures: event.data.figures } },
      };
    default:
      return assertNever(event);
  }
}

/** Commitments may arrive before or after construction completes: they never move the stage back. */
function beforeCompletion(state: CommissioningState): Stage {
  return state.stage === 'none' ? 'under_construction' : state.stage;
}

function withReport(reports: readonly MonthlyReport[], report: MonthlyReport): MonthlyReport[] {
  return [...reports.filter((existing) => existing.month !== report.month), report].sort((a, b) => a.month.localeCompare(b.month));
}
