import { addCalendarDays, calendarDaysBetween } from '@ia/reference';
import type { StartTimeline } from './events';

/** T0 land delivered, T1 construction permit, T2 actual start: the days between them are the key figures. */
export function startTimeline(
  landDeliveredOn: string,
  constructionPermitOn: string,
  startedOn: string,
  allowedDays: number | undefined,
): StartTimeline {
  const timeline = {
    landDeliveredOn,
    constructionPermitOn,
    startedOn,
    daysFromDeliveryToPermit: calendarDaysBetween(landDeliveredOn, constructionPermitOn),
    daysFromPermitToStart: calendarDaysBetween(constructionPermitOn, startedOn),
    daysFromDeliveryToStart: calendarDaysBetween(landDeliveredOn, startedOn),
  };
  if (allowedDays === undefined) return timeline;
  const startDeadline = addCalendarDays(landDeliveredOn, allowedDays);
  return { ...timeline, startDeadline, daysLate: Math.max(0, calendarDaysBetween(startDeadline, startedOn)) };
}

/** Start of work is cleared on the later of the two dates. */
export const clearedOn = (landDeliveredOn: string, constructionPermitOn: string) =>
  landDeliveredOn > constructionPermitOn ? landDeliveredOn : constructionPermitOn;
