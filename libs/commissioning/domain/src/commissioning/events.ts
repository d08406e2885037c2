import type { Yuan } from '@ia/reference';

export interface Commitments {
  readonly totalInvestment: Yuan;
  readonly fixedAssetInvestment: Yuan;
  readonly landAreaSquareMetres: number;
  readonly jobs: number;
  /** Annual tax per mu at full production, in yuan. */
  readonly taxPerMu: Yuan;
  readonly monthsToProduction: number;
}

export interface ProjectSummary {
  readonly agreementId: string;
  readonly parkId: string;
  readonly projectName: string;
  readonly enterpriseName: string;
  readonly signedOn: string;
}

/** One month's report: output, revenue and tax are the month's; jobs and investment are the totals at its end. */
export interface MonthlyFigures {
  readonly output: Yuan;
  readonly mainBusinessRevenue: Yuan;
  readonly tax: Yuan;
  readonly jobs: number;
  readonly investmentCompleted: Yuan;
}

export type Checkpoint = 'completion' | 'full_capacity';
export type CommittedFigure = 'investment' | 'jobs' | 'tax_per_mu';

export interface FigureCheck {
  readonly figure: CommittedFigure;
  readonly committed: number;
  /** Null when it cannot be measured, e.g. tax per mu without a land area. */
  readonly actual: number | null;
  readonly shortfall: number | null;
}

export type CommissioningEvent =
  | {
      readonly type: 'CommitmentsLearned';
      readonly data: { readonly projectId: string; readonly project: ProjectSummary; readonly commitments: Commitments };
    }
  | {
      readonly type: 'CommitmentsAmended';
      readonly data: {
        readonly projectId: string;
        readonly agreementId: string;
        readonly signedOn: string;
        readonly commitments: Commitments;
      };
    }
  | {
      readonly type: 'CommissioningOpened';
      readonly data: { readonly projectId: string; readonly constructionStartedOn: string; readonly completedOn: string };
    }
  | { readonly type: 'EquipmentDebuggingStarted'; readonly data: { readonly startedOn: string } }
  | { readonly type: 'TrialProductionStarted'; readonly data: { readonly startedOn: string } }
  | { readonly type: 'PartialProductionStarted'; readonly data: { readonly startedOn: string; readonly line: string } }
  | { readonly type: 'FullProductionStarted'; readonly data: { readonly startedOn: string } }
  | { readonly type: 'FullCapacityReached'; readonly data: { readonly reachedOn: string } }
  | { readonly type: 'MonthReported'; readonly data: { readonly month: string; readonly figures: MonthlyFigures } }
  | {
      readonly type: 'MonthCorrected';
      readonly data: { readonly month: string; readonly figures: MonthlyFigures; readonly previous: MonthlyFigures };
    }
  | {
      readonly type: 'StatisticsEntered';
      readonly data: { readonly enteredOn: string; readonly trailingRevenue: Yuan; readonly threshold: Yuan };
    }
  | {
      readonly type: 'CommitmentsChecked';
      readonly data: { readonly checkpoint: Checkpoint; readonly checkedOn: string; readonly figures: readonly FigureCheck[] };
    };

export type CommissioningEventType = CommissioningEvent['type'];
