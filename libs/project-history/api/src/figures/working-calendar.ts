import { createWorkingCalendar, seedCalendarData } from '@ia/reference';

export const WORKING_CALENDAR = Symbol('ProjectHistoryWorkingCalendar');

export const workingCalendarProvider = { provide: WORKING_CALENDAR, useFactory: () => createWorkingCalendar(seedCalendarData()) };

const SHANGHAI_OFFSET_MILLISECONDS = 8 * 3_600_000;

/** Today's business date in China Standard Time, which has no daylight saving. */
export function shanghaiToday(now: Date): string {
  return new Date(now.getTime() + SHANGHAI_OFFSET_MILLISECONDS).toISOString().slice(0, 10);
}
