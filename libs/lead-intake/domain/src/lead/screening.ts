import { assertNever } from '@ia/kernel';
import { LeadErrors } from '../errors';
import { evaluatePolicy } from '../screening/rules';
import type { ScreenLead } from './commands';
import type { LeadEvent, QualifiedLead } from './events';
import { requireReason } from './guards';
import type { RegisteredLead } from './state';

/** Every rule's result is recorded with the person's decision; the rules advise, the person decides and says why. */
export function screenLead(command: ScreenLead['data'], lead: RegisteredLead): LeadEvent[] {
  if (lead.status !== 'open') throw lead.status === 'signed' ? LeadErrors.signed() : LeadErrors.notOpen(lead.status);
  const { policy } = command;
  if (policy === undefined) throw LeadErrors.parkPolicyMissing();
  if (policy.parkId !== lead.parkId) throw LeadErrors.policyOfOtherPark();
  const reason = requireReason(command.reason);
  const screened: LeadEvent = {
    type: 'LeadScreened',
    data: {
      screeningId: command.screeningId,
      policy: { parkId: policy.parkId, version: policy.version },
      results: evaluatePolicy(policy.rules, lead),
      decision: command.decision,
      reason,
      screenedAt: command.screenedAt,
      screenedOn: command.screenedOn,
    },
  };
  switch (command.decision) {
    case 'qualify':
      return [screened, { type: 'LeadQualified', data: qualifiedLead(lead, command.screenedOn) }];
    case 'reject':
      return [screened, { type: 'LeadRejected', data: { from: lead.status, reason } }];
    case 'hold':
      return [screened, { type: 'LeadPutOnHold', data: { from: lead.status, reason } }];
    default:
      return assertNever(command.decision);
  }
}

function qualifiedLead(lead: RegisteredLead, qualifiedOn: string): QualifiedLead {
  return {
    leadId: lead.leadId,
    parkId: lead.parkId,
    companyName: lead.companyName,
    ...(lead.uscc !== undefined && { uscc: lead.uscc }),
    industry: lead.industry,
    source: lead.source,
    intendedInvestment: lead.intendedInvestment,
    landDemandMu: lead.landDemandMu,
    expectedJobs: lead.expectedJobs,
    expectedAnnualOutput: lead.expectedAnnualOutput,
    expectedAnnualTax: lead.expectedAnnualTax,
    ...(lead.product !== undefined && { product: lead.product }),
    ...(lead.promoterId !== undefined && { promoterId: lead.promoterId }),
    qualifiedOn,
  };
}
