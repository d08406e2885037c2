import { defineIntegrationEvent } from './integration-event';
import { date, integer, number, object, optional, string, type Infer } from './schema';
import { TOPICS } from './topics';

export const commitmentsSchema = object({
  totalInvestment: integer({ min: 0 }),
  fixedAssetInvestment: integer({ min: 0 }),
  landAreaSquareMetres: number({ min: 0 }),
  parcelCode: optional(string({ max: 64 })),
  daysFromDeliveryToStart: integer({ min: 0, max: 3650 }),
  monthsToProduction: integer({ min: 0, max: 240 }),
  jobs: integer({ min: 0 }),
  /** Annual tax per mu at full production, in yuan. */
  taxPerMu: integer({ min: 0 }),
});
export type Commitments = Infer<typeof commitmentsSchema>;

/**
 * An agreement was signed and so a project exists (签约即注册): approvals opens business and tax
 * registration due on `registrationDueOn`, the signing day itself.
 */
export const ProjectSignedV1 = defineIntegrationEvent(
  'ProjectSigned',
  1,
  TOPICS.contractSigning,
  object({
    projectId: string({ max: 64 }),
    agreementId: string({ max: 64 }),
    leadId: string({ max: 64 }),
    parkId: string({ max: 64 }),
    projectName: string({ max: 200 }),
    enterpriseName: string({ max: 200 }),
    uscc: optional(string({ min: 18, max: 18 })),
    industrySection: string({ min: 1, max: 1 }),
    signedOn: date,
    registrationDueOn: date,
    /** The approval package ("one thing" bundle) chosen for the project, if any. */
    approvalPackage: optional(string({ max: 64 })),
    commitments: commitmentsSchema,
  }),
);
export type ProjectSignedV1 = Infer<typeof ProjectSignedV1.schema>;

/** A supplementary agreement changed the commitments; a capital increase counts only its increment. */
export const AgreementSupplementedV1 = defineIntegrationEvent(
  'AgreementSupplemented',
  1,
  TOPICS.contractSigning,
  object({
    projectId: string({ max: 64 }),
    agreementId: string({ max: 64 }),
    signedOn: date,
    commitments: commitmentsSchema,
    countedIncrement: integer({ min: 0 }),
  }),
);
export type AgreementSupplementedV1 = Infer<typeof AgreementSupplementedV1.schema>;

export const AgreementTerminatedV1 = defineIntegrationEvent(
  'AgreementTerminated',
  1,
  TOPICS.contractSigning,
  object({ projectId: string({ max: 64 }), agreementId: string({ max: 64 }), terminatedOn: date, reason: string({ max: 2000 }) }),
);
export type AgreementTerminatedV1 = Infer<typeof AgreementTerminatedV1.schema>;
