import type { LeadDisqualifiedV1, LeadQualifiedV1 } from '@ia/contracts';
import type { LeadQualificationCommand } from '../lead-qualification/decider';

/** Lead intake qualified a lead: remember what drafting an agreement needs of it. */
export function whenLeadQualified(lead: LeadQualifiedV1): LeadQualificationCommand {
  const { leadId, parkId, companyName, uscc, industry, qualifiedOn } = lead;
  return {
    type: 'RecordLeadQualified',
    data: {
      leadId,
      parkId,
      companyName,
      ...(uscc !== undefined && { uscc }),
      industry: { section: industry.section, ...(industry.division !== undefined && { division: industry.division }) },
      qualifiedOn,
    },
  };
}

export function whenLeadDisqualified(lead: LeadDisqualifiedV1): LeadQualificationCommand {
  const { leadId, status, reason } = lead;
  return { type: 'WithdrawLeadQualification', data: { leadId, status, ...(reason !== undefined && { reason }) } };
}
