import type { Commitments } from '@ia/contracts';

export interface AgreementRecord {
  readonly projectId: string;
  readonly agreementId: string;
  readonly parkId: string;
  readonly projectName: string;
  readonly enterpriseName: string;
  readonly signedOn: string;
  readonly commitments: Commitments;
}

export const CERTIFICATE_SOURCES = ['approvals', 'entered'] as const;
export type CertificateSource = (typeof CERTIFICATE_SOURCES)[number];

export interface TitleCertificate {
  readonly projectId: string;
  readonly grantedOn: string;
  readonly certificateNumber?: string;
  readonly source: CertificateSource;
}

/** What land delivery keeps of a project it has not yet given land to: its agreement and its title certificate. */
export type LandProjectCommand =
  | { readonly type: 'RecordAgreement'; readonly data: AgreementRecord }
  | { readonly type: 'ReviseCommitments'; readonly data: { readonly projectId: string; readonly commitments: Commitments } }
  | { readonly type: 'RecordTitleCertificate'; readonly data: TitleCertificate };
