import type { AgreementRecord, TitleCertificate } from './commands';

export type LandProjectEvent =
  | { readonly type: 'AgreementRecorded'; readonly data: AgreementRecord }
  | { readonly type: 'TitleCertificateRecorded'; readonly data: TitleCertificate };
