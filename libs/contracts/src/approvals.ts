import { defineIntegrationEvent } from './integration-event';
import { date, object, oneOf, optional, string, type Infer } from './schema';
import { TOPICS } from './topics';

export const APPROVAL_STAGES = ['on_signing', 'project_approval', 'assessments', 'engineering_permits', 'land', 'completion'] as const;
export type ApprovalStage = (typeof APPROVAL_STAGES)[number];

/** The national project code given by the filing (年份-地区6位-行业2位-类型2位-序号), e.g. 2026-430100-38-03-012345. */
export const NATIONAL_PROJECT_CODE_PATTERN = /^(\d{4})-(\d{6})-(\d{2})-(\d{2})-(\d{6})$/;

/**
 * Item codes other services react to: the construction permit clears the start of work, the title
 * certificate and planning permits matter to land delivery, the completion filing to commissioning.
 */
export const WELL_KNOWN_ITEMS = {
  businessRegistration: 'business_registration',
  taxRegistration: 'tax_registration',
  projectFiling: 'project_filing',
  landUsePlanningPermit: 'land_use_planning_permit',
  engineeringPlanningPermit: 'engineering_planning_permit',
  constructionPermit: 'construction_permit',
  titleCertificate: 'title_certificate',
  completionFiling: 'completion_filing',
} as const;

export const ApprovalItemGrantedV1 = defineIntegrationEvent(
  'ApprovalItemGranted',
  1,
  TOPICS.approvals,
  object({
    projectId: string({ max: 64 }),
    itemId: string({ max: 64 }),
    itemCode: string({ max: 64 }),
    stage: oneOf(APPROVAL_STAGES),
    grantedOn: date,
    licenceNumber: optional(string({ max: 128 })),
    /** The national project code, given by the investment project filing (备案). */
    projectCode: optional(string({ max: 64 })),
  }),
);
export type ApprovalItemGrantedV1 = Infer<typeof ApprovalItemGrantedV1.schema>;
