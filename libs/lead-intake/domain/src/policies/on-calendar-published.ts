import type { WorkingCalendarPublishedV1 } from '@ia/contracts';
import type { WorkingCalendarCommand } from '../working-calendar/working-calendar';

/** Approvals published a year's holiday arrangement: lead intake adopts it for the timeliness of its leads. */
export function onWorkingCalendarPublished(published: WorkingCalendarPublishedV1): WorkingCalendarCommand {
  const { year, revision, holidays, adjustedWorkdays } = published;
  return { type: 'AdoptWorkingCalendar', data: { year, revision, holidays, adjustedWorkdays } };
}
