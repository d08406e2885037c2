import type { Indicators, Override, ParcelFacts, Readiness, Shortfall } from './parcel';

export type ParcelEvent =
  | { readonly type: 'ParcelRegistered'; readonly data: ParcelFacts }
  | { readonly type: 'ParcelIndicatorsRevised'; readonly data: { readonly parcelId: string; readonly indicators: Indicators } }
  | { readonly type: 'ParcelReadinessUpdated'; readonly data: { readonly parcelId: string; readonly readiness: Readiness } }
  | {
      readonly type: 'ParcelAllocated';
      readonly data: {
        readonly parcelId: string;
        readonly projectId: string;
        readonly agreementId: string;
        readonly allocatedOn: string;
        readonly shortfalls: readonly Shortfall[];
        readonly override?: Override;
      };
    }
  | {
      readonly type: 'LandDelivered';
      readonly data: {
        readonly parcelId: string;
        readonly parcelCode: string;
        readonly projectId: string;
        readonly deliveredOn: string;
        readonly confirmationNumber: string;
        readonly areaSquareMetres: number;
        readonly titleCertificateOn?: string;
      };
    };
