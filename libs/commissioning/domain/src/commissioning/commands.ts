import type { Yuan } from '@ia/reference';
import type { Checkpoint, Commitments, MonthlyFigures, ProjectSummary } from './events';

/** Commands a person gives carry `today` (a date in Asia/Shanghai) from the edge's clock, so no fact is dated in the future. */
export type MilestoneCommand =
  | { readonly type: 'StartEquipmentDebugging'; readonly data: { readonly startedOn: string; readonly today: string } }
  | { readonly type: 'StartTrialProduction'; readonly data: { readonly startedOn: string; readonly today: string } }
  | {
      readonly type: 'StartPartialProduction';
      readonly data: { readonly startedOn: string; readonly line: string; readonly today: string };
    }
  | { readonly type: 'StartFullProduction'; readonly data: { readonly startedOn: string; readonly today: string } }
  | { readonly type: 'ReachFullCapacity'; readonly data: { readonly reachedOn: string; readonly today: string } };

export type ReactionCommand =
  | {
      readonly type: 'LearnCommitments';
      readonly data: { readonly projectId: string; readonly project: ProjectSummary; readonly commitments: Commitments };
    }
  | {
      readonly type: 'AmendCommitments';
      readonly data: {
        readonly projectId: string;
        readonly agreementId: string;
        readonly signedOn: string;
        readonly commitments: Commitments;
      };
    }
  | {
      readonly type: 'OpenCommissioning';
      readonly data: { readonly projectId: string; readonly constructionStartedOn: string; readonly completedOn: string };
    };

export type ReportMonth = {
  readonly type: 'ReportMonth';
  readonly data: { readonly month: string; readonly figures: MonthlyFigures; readonly today: string };
};

/** The threshold comes with the command from the park's policy, and is kept on the event for the auditor. */
export type RecordStatisticsEntry = {
  readonly type: 'RecordStatisticsEntry';
  readonly data: { readonly enteredOn: string; readonly threshold: Yuan; readonly today: string };
};

export type CheckCommitments = {
  readonly type: 'CheckCommitments';
  readonly data: { readonly checkpoint: Checkpoint; readonly checkedOn: string; readonly today: string };
};

export type CommissioningCommand = ReactionCommand | MilestoneCommand | ReportMonth | RecordStatisticsEntry | CheckCommitments;
