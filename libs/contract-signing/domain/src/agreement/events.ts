import type { Commitments } from '@ia/contracts';
import type { GrantedIncentive } from '../incentives/grant';
import type { Parties } from './commands';

export interface Enterprise {
  readonly name: string;
  readonly uscc?: string;
  readonly industrySection: string;
  readonly industryDivision?: string;
}

export interface AgreementTerms {
  readonly projectName: string;
  readonly parties: Parties;
  readonly commitments: Commitments;
  readonly incentives: readonly GrantedIncentive[];
  readonly approvalPackage?: string;
}

export type AgreementEvent =
  | {
      readonly type: 'AgreementDrafted';
      readonly data: AgreementTerms & {
        readonly agreementId: string;
        readonly leadId: string;
        readonly parkId: string;
        readonly enterprise: Enterprise;
      };
    }
  | { readonly type: 'AgreementAmended'; readonly data: AgreementTerms }
  | {
      readonly type: 'AgreementSigned';
      /** Carries what was signed, so that the project's registration needs no other event. */
      readonly data: {
        readonly agreementId: string;
        readonly projectId: string;
        readonly leadId: string;
        readonly parkId: string;
        readonly projectName: string;
        readonly enterprise: Enterprise;
        readonly commitments: Commitments;
        readonly signedOn: string;
        /** 签约即注册: business and tax registration are due on the signing day itself. */
        readonly registrationDueOn: string;
        readonly approvalPackage?: string;
        /** What the first signing counts toward the park's investment results. */
        readonly countedInvestment: number;
      };
    }
  | {
      readonly type: 'AgreementSupplemented';
      readonly data: {
        readonly agreementId: string;
        readonly projectId: string;
        readonly supplementId: string;
        readonly signedOn: string;
        readonly summary: string;
        readonly commitments: Commitments;
        readonly incentives: readonly GrantedIncentive[];
        /** A capital increase counts only its increment; a decrease counts nothing. */
        readonly countedIncrement: number;
      };
    }
  | {
      readonly type: 'AgreementTerminated';
      /** A draft abandoned before signing has no project. */
      readonly data: { readonly agreementId: string; readonly projectId?: string; readonly terminatedOn: string; readonly reason: string };
    };
