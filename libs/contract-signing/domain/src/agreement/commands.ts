import type { Commitments } from '@ia/contracts';
import type { IncentiveChoice } from '../incentives/grant';
import type { IncentiveTerms } from '../incentives/terms';
import type { QualifiedLead } from '../lead-qualification/decider';

export interface Parties {
  /** Who signs for the park's management committee (管委会). */
  readonly parkSignatory: string;
  /** Who signs for the investing enterprise. */
  readonly enterpriseSignatory: string;
}

export interface NegotiatedTerms {
  readonly projectName: string;
  readonly parties: Parties;
  readonly commitments: Commitments;
  readonly incentives: readonly IncentiveChoice[];
  readonly approvalPackage?: string;
}

export type AgreementCommand =
  | {
      readonly type: 'DraftAgreement';
      readonly data: NegotiatedTerms & {
        readonly agreementId: string;
        readonly leadId: string;
        /** The lead as contract signing last heard of it; absent when it is not qualified. */
        readonly lead: QualifiedLead | undefined;
        /** An agreement already signed for this lead, as its reservation says. */
        readonly signedAgreementForLead: string | undefined;
        readonly catalog: readonly IncentiveTerms[];
      };
    }
  | {
      readonly type: 'AmendAgreement';
      readonly data: Partial<NegotiatedTerms> & { readonly catalog: readonly IncentiveTerms[] };
    }
  | {
      readonly type: 'SignAgreement';
      readonly data: {
        readonly projectId: string;
        readonly signedOn: string;
        readonly today: string;
        readonly leadQualified: boolean;
        readonly approvalPackage?: string;
      };
    }
  | {
      readonly type: 'SupplementAgreement';
      readonly data: {
        readonly supplementId: string;
        readonly signedOn: string;
        readonly today: string;
        readonly summary: string;
        readonly commitments: Commitments;
      };
    }
  | {
      readonly type: 'TerminateAgreement';
      readonly data: { readonly terminatedOn: string; readonly today: string; readonly reason: string };
    };
