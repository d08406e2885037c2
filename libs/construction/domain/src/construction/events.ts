import type { Milestone } from './milestones';

export interface StartTimeline {
  readonly landDeliveredOn: string;
  readonly constructionPermitOn: string;
  readonly startedOn: string;
  readonly daysFromDeliveryToPermit: number;
  readonly daysFromPermitToStart: number;
  readonly daysFromDeliveryToStart: number;
  /** The latest start the agreement allows, when its terms are known. */
  readonly startDeadline?: string;
  readonly daysLate?: number;
}

export type ConstructionEvent =
  | {
      readonly type: 'LandDeliveryRecorded';
      readonly data: {
        readonly projectId: string;
        readonly deliveredOn: string;
        readonly parcelId: string;
        readonly parcelCode: string;
        readonly confirmationNumber: string;
      };
    }
  | {
      readonly type: 'ConstructionPermitRecorded';
      readonly data: { readonly projectId: string; readonly grantedOn: string; readonly licenceNumber?: string };
    }
  | {
      readonly type: 'AgreementTermsRecorded';
      readonly data: {
        readonly projectId: string;
        readonly parkId: string;
        readonly projectName: string;
        readonly daysFromDeliveryToStart: number;
      };
    }
  | {
      readonly type: 'StartOfWorkCleared';
      readonly data: {
        readonly projectId: string;
        readonly clearedOn: string;
        readonly landDeliveredOn: string;
        readonly constructionPermitOn: string;
      };
    }
  | { readonly type: 'WorkStarted'; readonly data: StartTimeline & { readonly projectId: string } }
  | {
      readonly type: 'MilestoneReached';
      readonly data: {
        readonly projectId: string;
        readonly milestone: Milestone;
        readonly reachedOn: string;
        readonly daysFromStart: number;
      };
    }
  | {
      readonly type: 'ConstructionCompleted';
      readonly data: {
        readonly projectId: string;
        readonly startedOn: string;
        readonly completedOn: string;
        readonly daysFromStart: number;
      };
    }
  | {
      readonly type: 'MonthlyInvestmentReported';
      readonly data: { readonly projectId: string; readonly month: string; readonly plannedYuan: number; readonly completedYuan: number };
    };
