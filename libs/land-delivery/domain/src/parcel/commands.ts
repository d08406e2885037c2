import type { AgreementTerms, Indicators, Override, ParcelFacts, Readiness } from './parcel';

export type ParcelCommand =
  | { readonly type: 'RegisterParcel'; readonly data: ParcelFacts & { readonly codeUsedBy?: string } }
  | { readonly type: 'ReviseIndicators'; readonly data: { readonly indicators: Indicators } }
  | { readonly type: 'UpdateReadiness'; readonly data: { readonly readiness: Readiness } }
  | {
      readonly type: 'AllocateParcel';
      readonly data: {
        readonly projectId: string;
        readonly allocatedOn: string;
        /** From the local read model of signed agreements; absent when the project is unknown there. */
        readonly agreement?: AgreementTerms;
        readonly override?: Override;
      };
    }
  | {
      readonly type: 'DeliverLand';
      readonly data: { readonly deliveredOn: string; readonly confirmationNumber: string; readonly titleCertificateOn?: string };
    };
