import type { Milestone } from './milestones';

export type ConstructionCommand =
  | {
      readonly type: 'RecordLandDelivery';
      readonly data: {
        readonly projectId: string;
        readonly deliveredOn: string;
        readonly parcelId: string;
        readonly parcelCode: string;
        readonly confirmationNumber: string;
      };
    }
  | {
      readonly type: 'RecordConstructionPermit';
      readonly data: { readonly projectId: string; readonly grantedOn: string; readonly licenceNumber?: string };
    }
  | {
      readonly type: 'RecordAgreementTerms';
      readonly data: {
        readonly projectId: string;
        readonly parkId: string;
        readonly projectName: string;
        readonly daysFromDeliveryToStart: number;
      };
    }
  | { readonly type: 'StartWork'; readonly data: { readonly projectId: string; readonly startedOn: string } }
  | {
      readonly type: 'RecordMilestone';
      readonly data: { readonly projectId: string; readonly milestone: Milestone; readonly reachedOn: string };
    }
  | {
      readonly type: 'ReportMonthlyInvestment';
      readonly data: { readonly projectId: string; readonly month: string; readonly plannedYuan: number; readonly completedYuan: number };
    };
