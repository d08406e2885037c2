import { ApprovalItemGrantedV1, WorkingCalendarPublishedV1, type Outbound } from '@ia/contracts';
import { streamCategory, type RecordedEvent } from '@ia/kernel';
import { CALENDAR_CATEGORY } from './calendar/decider';
import type { CalendarEvent } from './calendar/events';
import { APPROVAL_CATEGORY } from './item/decider';
import type { ApprovalItemEvent } from './item/events';
import { progressOf } from './publishing-progress';

/** The streams whose events may leave the context. */
export const PUBLISHED_CATEGORIES = [APPROVAL_CATEGORY, CALENDAR_CATEGORY] as const;

/**
 * Grants leave the context (construction, land delivery and commissioning react to them), so does an item's
 * progress against its time limit (for reminders), and so does
 * each published year of the working calendar, which every context that counts working days needs.
 */
export function toIntegrationEvent(event: RecordedEvent): Outbound | undefined {
  switch (streamCategory(event.streamName)) {
    case APPROVAL_CATEGORY:
      return grantOf(event);
    case CALENDAR_CATEGORY:
      return publishedYearOf(event);
    default:
      return undefined;
  }
}

function grantOf(event: RecordedEvent): Outbound | undefined {
  const domainEvent = { type: event.type, data: event.data } as ApprovalItemEvent;
  if (domainEvent.type !== 'ItemGranted') return progressOf(event);
  const { itemId, projectId, itemCode, stage, grantedOn, licenceNumber, projectCode } = domainEvent.data;
  const data: ApprovalItemGrantedV1 = {
    itemId,
    projectId,
    itemCode,
    stage,
    grantedOn,
    licenceNumber,
    ...(projectCode !== undefined && { projectCode }),
  };
  return { definition: ApprovalItemGrantedV1, data, key: projectId };
}

/** Keyed by the year, so that the publications of one year stay in order; the stream revision orders them too. */
function publishedYearOf(event: RecordedEvent): Outbound | undefined {
  const domainEvent = { type: event.type, data: event.data } as CalendarEvent;
  if (domainEvent.type !== 'CalendarYearPublished') return undefined;
  const { year, holidays, adjustedWorkdays } = domainEvent.data;
  const data: WorkingCalendarPublishedV1 = { year, revision: event.revision, holidays, adjustedWorkdays };
  return { definition: WorkingCalendarPublishedV1, data, key: `calendar-${year}` };
}
