import { assertNever, type RecordedEvent } from '@ia/kernel';
import type { LeadEvent } from '../lead/events';
import type { TimelineEntry } from './lead-view';

/** One line of a lead's history as people read it; contact data stays out, it is personal. */
export function timelineEntry(event: LeadEvent, recorded: RecordedEvent): TimelineEntry {
  const [title, details] = describe(event);
  return {
    revision: recorded.revision,
    type: event.type,
    title,
    occurredAt: recorded.metadata.occurredAt,
    recordedAt: recorded.recordedAt,
    actor: recorded.metadata.actor,
    ...(recorded.metadata.reason !== undefined && { reason: recorded.metadata.reason }),
    ...(details !== undefined && { details }),
  };
}

function describe(event: LeadEvent): [string, Record<string, unknown>?] {
  switch (event.type) {
    case 'LeadRegistered':
      return [
        '登记线索',
        {
          companyName: event.data.companyName,
          source: event.data.source,
          ...(event.data.sourceName !== undefined && { sourceName: event.data.sourceName }),
        },
      ];
    case 'PromoterAssigned':
      return ['指派招商专员', { ...event.data }];
    case 'FollowUpRecorded':
      return ['跟进洽谈', { ...event.data }];
    case 'SiteVisitRecorded':
      return ['实地考察', { ...event.data }];
    case 'LeadScreened':
      return [
        '项目筛选',
        { decision: event.data.decision, reason: event.data.reason, policyVersion: event.data.policy.version, results: event.data.results },
      ];
    case 'LeadQualified':
      return ['通过筛选', { qualifiedOn: event.data.qualifiedOn }];
    case 'LeadRejected':
      return ['筛选未通过', { ...event.data }];
    case 'LeadPutOnHold':
      return ['暂缓', { ...event.data }];
    case 'LeadDropped':
      return ['放弃', { ...event.data }];
    case 'LeadReopened':
      return ['重新跟进', { ...event.data }];
    case 'LeadSigned':
      return ['已签约', { ...event.data }];
    case 'PersonalDataErased':
      return ['删除联系人个人信息', { fields: event.data.fields }];
    default:
      return assertNever(event);
  }
}
