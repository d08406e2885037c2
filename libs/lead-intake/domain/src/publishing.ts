import { LeadDisqualifiedV1, LeadQualifiedV1, type Outbound } from '@ia/contracts';
import { streamId, type RecordedEvent } from '@ia/kernel';
import type { LeadEvent, StatusChange } from './lead/events';

type DisqualifiedStatus = LeadDisqualifiedV1['status'];

/** What the rest of the suite learns from lead intake: a lead became, or stopped being, ready for an agreement. */
export function publishLeadEvent(recorded: RecordedEvent): Outbound | undefined {
  const event = { type: recorded.type, data: recorded.data } as LeadEvent;
  const leadId = streamId(recorded.streamName);
  switch (event.type) {
    case 'LeadQualified': {
      const { qualifiedOn, ...lead } = event.data;
      const data: LeadQualifiedV1 = { ...lead, qualifiedOn };
      return { definition: LeadQualifiedV1, data, key: leadId };
    }
    case 'LeadRejected':
      return disqualified(leadId, event.data, 'rejected');
    case 'LeadPutOnHold':
      return disqualified(leadId, event.data, 'on_hold');
    case 'LeadDropped':
      return disqualified(leadId, event.data, 'dropped');
    case 'LeadReopened':
      return disqualified(leadId, event.data, 'open');
    default:
      return undefined;
  }
}

function disqualified(leadId: string, change: StatusChange, status: DisqualifiedStatus): Outbound | undefined {
  if (change.from !== 'qualified') return undefined;
  const data: LeadDisqualifiedV1 = { leadId, status, reason: change.reason };
  return { definition: LeadDisqualifiedV1, data, key: leadId };
}
