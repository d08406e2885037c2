import { squareMetresToMu, type Yuan } from '@ia/reference';
import type { Commitments, FigureCheck, MonthlyFigures, ProjectSummary } from '../commissioning/events';
import { parkOfCommissioning, type CommissioningState, type Milestones, type RecordedCheck, type Stage } from '../commissioning/state';
import { nearThreshold, scaleStatus, type AboveScalePolicy, type ScaleStatus } from '../figures/above-scale';
import { checkCommitments } from '../figures/commitment-check';
import { trailingRevenue, trailingTax } from '../figures/trailing';

export interface CommissioningView {
  readonly projectId: string;
  /** Null until the signing has told which park the project belongs to. */
  readonly parkId: string | null;
  readonly project: ProjectSummary | null;
  readonly stage: Stage;
  readonly milestones: Milestones;
  readonly lines: readonly string[];
  readonly commitments: (Commitments & { readonly landAreaMu: number }) | null;
  readonly reports: ReadonlyArray<{ readonly month: string } & MonthlyFigures>;
  readonly trailingRevenue: Yuan;
  readonly trailingTax: Yuan;
  readonly scale: { readonly status: ScaleStatus; readonly threshold: Yuan; readonly nearThreshold: Yuan };
  readonly statistics: { readonly enteredOn: string; readonly trailingRevenue: Yuan; readonly threshold: Yuan } | null;
  /** `current` compares the commitments with the latest figures now; the checkpoints are the checks recorded then. */
  readonly commitmentCheck: {
    readonly current: readonly FigureCheck[] | null;
    readonly completion: RecordedCheck | null;
    readonly fullCapacity: RecordedCheck | null;
  };
}

/** What a project's commissioning looks like to the people who follow it, under the park's policy. */
export function commissioningView(projectId: string, state: CommissioningState, policy: AboveScalePolicy): CommissioningView {
  const revenue = trailingRevenue(state.reports);
  return {
    projectId,
    parkId: parkOfCommissioning(state) ?? null,
    project: state.project ?? null,
    stage: state.stage,
    milestones: state.milestones,
    lines: state.lines,
    commitments: state.commitments ? { ...state.commitments, landAreaMu: squareMetresToMu(state.commitments.landAreaSquareMetres) } : null,
    reports: state.reports.map((report) => ({ month: report.month, ...report.figures })),
    trailingRevenue: revenue,
    trailingTax: trailingTax(state.reports),
    scale: {
      status: scaleStatus(revenue, state.statistics !== undefined, policy),
      threshold: policy.threshold,
      nearThreshold: nearThreshold(policy),
    },
    statistics: state.statistics ?? null,
    commitmentCheck: {
      current: state.commitments ? checkCommitments(state.commitments, state.reports) : null,
      completion: state.checks.completion ?? null,
      fullCapacity: state.checks.full_capacity ?? null,
    },
  };
}
