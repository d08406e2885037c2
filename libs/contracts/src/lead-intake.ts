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
