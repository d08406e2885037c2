import {
  LeadDisqualifiedV1,
  LeadFollowedUpV1,
  LeadPromoterAssignedV1,
  LeadQualifiedV1,
  LeadRegisteredV1,
  LeadScreenedV1,
  LeadStatusChangedV1,
  type Outbound,
} from '@ia/contracts';
import { streamId, type RecordedEvent } from '@ia/kernel';
import { businessDateOf } from './dates';
import type { LeadEvent, StatusChange } from './lead/events';
import type { LeadStatus } from './lead/values';

type DisqualifiedStatus = LeadDisqualifiedV1['status'];

/**
 * What the rest of the suite learns from lead intake: a lead became, or stopped being, ready for an agreement;
 * and the facts its timeliness runs on (logged, answered, assessed, its status and promoter), for reminders.
 */
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
      return statusChanged(leadId, event.data, 'rejected');
    case 'LeadPutOnHold':
      return statusChanged(leadId, event.data, 'on_hold');
    case 'LeadDropped':
      return statusChanged(leadId, event.data, 'dropped');
    case 'LeadReopened':
      return statusChanged(leadId, event.data, 'open');
    case 'LeadSigned':
      return statusChanged(leadId, { from: event.data.from, reason: '' }, 'signed');
    case 'LeadRegistered': {
      const { parkId, companyName, registeredAt } = event.data;
      const data: LeadRegisteredV1 = { leadId, parkId, companyName, registeredOn: businessDateOf(registeredAt) };
      return { definition: LeadRegisteredV1, data, key: leadId };
    }
    case 'PromoterAssigned':
      return { definition: LeadPromoterAssignedV1, data: { leadId, promoterId: event.data.promoterId }, key: leadId };
    case 'FollowUpRecorded':
      return followedUp(leadId, businessDateOf(event.data.followedUpAt), 'follow_up');
    case 'SiteVisitRecorded':
      return followedUp(leadId, event.data.visitedOn, 'site_visit');
    case 'LeadScreened': {
      const data: LeadScreenedV1 = { leadId, screenedOn: event.data.screenedOn, decision: event.data.decision };
      return { definition: LeadScreenedV1, data, key: leadId };
    }
    default:
      return undefined;
  }
}

function followedUp(leadId: string, followedUpOn: string, how: LeadFollowedUpV1['how']): Outbound {
  const data: LeadFollowedUpV1 = { leadId, followedUpOn, how };
  return { definition: LeadFollowedUpV1, data, key: leadId };
}

/** A change away from `qualified` is a disqualification (contract signing reacts); any other is only a status change. */
function statusChanged(leadId: string, change: StatusChange, to: LeadStatus): Outbound {
  if (change.from === 'qualified' && to !== 'signed') {
    const data: LeadDisqualifiedV1 = { leadId, status: to as DisqualifiedStatus, reason: change.reason };
    return { definition: LeadDisqualifiedV1, data, key: leadId };
  }
  const data: LeadStatusChangedV1 = { leadId, from: change.from, to };
  return { definition: LeadStatusChangedV1, data, key: leadId };
}
