import { defineIntegrationEvent } from './integration-event';
import { date, integer, number, object, oneOf, optional, string, type Infer } from './schema';
import { TOPICS } from './topics';

export const LEAD_SOURCES = ['promotion_event', 'investor_referral', 'commissioned_agency', 'walk_in_or_phone', 'online', 'other'] as const;

const industry = object({
  section: string({ min: 1, max: 1, pattern: /^[A-T]$/ }),
  division: optional(string({ min: 2, max: 2, pattern: /^\d{2}$/ })),
});

const leadSummary = {
  leadId: string({ max: 64 }),
  parkId: string({ max: 64 }),
  companyName: string({ max: 200 }),
  uscc: optional(string({ min: 18, max: 18 })),
  industry,
  source: oneOf(LEAD_SOURCES),
  intendedInvestment: integer({ min: 0 }),
  landDemandMu: number({ min: 0 }),
  expectedJobs: integer({ min: 0 }),
  promoterId: optional(string({ max: 64 })),
  /** Added compatibly: optional, so a consumer built before them still parses the event. */
  expectedAnnualOutput: optional(integer({ min: 0 })),
  expectedAnnualTax: optional(integer({ min: 0 })),
  product: optional(string({ max: 200 })),
};

/** A lead passed screening and was qualified: contract signing may draft an agreement from it. */
export const LeadQualifiedV1 = defineIntegrationEvent('LeadQualified', 1, TOPICS.leadIntake, object({ ...leadSummary, qualifiedOn: date }));
export type LeadQualifiedV1 = Infer<typeof LeadQualifiedV1.schema>;

/** A qualified lead went back (reopened, put on hold, dropped or rejected): it may no longer be drafted. */
export const LeadDisqualifiedV1 = defineIntegrationEvent(
  'LeadDisqualified',
  1,
  TOPICS.leadIntake,
  object({
    leadId: string({ max: 64 }),
    status: oneOf(['open', 'on_hold', 'dropped', 'rejected'] as const),
    reason: optional(string({ max: 2000 })),
  }),
);
export type LeadDisqualifiedV1 = Infer<typeof LeadDisqualifiedV1.schema>;

export const LEAD_STATUSES = ['open', 'qualified', 'on_hold', 'rejected', 'dropped', 'signed'] as const;

/**
 * A lead was logged (线索登记): the clocks of its first response and its assessment start on `registeredOn`.
 * Published so that reminders can follow a lead's timeliness from outside lead intake.
 */
export const LeadRegisteredV1 = defineIntegrationEvent(
  'LeadRegistered',
  1,
  TOPICS.leadIntake,
  object({ leadId: string({ max: 64 }), parkId: string({ max: 64 }), companyName: string({ max: 200 }), registeredOn: date }),
);
export type LeadRegisteredV1 = Infer<typeof LeadRegisteredV1.schema>;

/** The promoter in charge of a lead, at registration or on a reassignment. */
export const LeadPromoterAssignedV1 = defineIntegrationEvent(
  'LeadPromoterAssigned',
  1,
  TOPICS.leadIntake,
  object({ leadId: string({ max: 64 }), promoterId: string({ max: 64 }) }),
);
export type LeadPromoterAssignedV1 = Infer<typeof LeadPromoterAssignedV1.schema>;

/** Someone answered the lead: a follow-up (call, meeting, message) or a site visit, on that business date. */
export const LeadFollowedUpV1 = defineIntegrationEvent(
  'LeadFollowedUp',
  1,
  TOPICS.leadIntake,
  object({ leadId: string({ max: 64 }), followedUpOn: date, how: oneOf(['follow_up', 'site_visit'] as const) }),
);
export type LeadFollowedUpV1 = Infer<typeof LeadFollowedUpV1.schema>;

/** The lead was assessed against the park's screening rules (筛选), whatever was decided. */
export const LeadScreenedV1 = defineIntegrationEvent(
  'LeadScreened',
  1,
  TOPICS.leadIntake,
  object({ leadId: string({ max: 64 }), screenedOn: date, decision: oneOf(['qualify', 'reject', 'hold'] as const) }),
);
export type LeadScreenedV1 = Infer<typeof LeadScreenedV1.schema>;

/**
 * The lead's status changed, where LeadQualified and LeadDisqualified do not already say so (those cover every
 * change to and from `qualified`): an open lead put on hold, dropped, rejected, reopened, or signed.
 */
export const LeadStatusChangedV1 = defineIntegrationEvent(
  'LeadStatusChanged',
  1,
  TOPICS.leadIntake,
  object({ leadId: string({ max: 64 }), from: oneOf(LEAD_STATUSES), to: oneOf(LEAD_STATUSES) }),
);
export type LeadStatusChangedV1 = Infer<typeof LeadStatusChangedV1.schema>;
