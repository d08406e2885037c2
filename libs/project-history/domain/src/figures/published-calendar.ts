import type { RecordedEvent } from '@ia/kernel';
import { isCalendarDate, yearOf, type PublishedCalendarYear } from '@ia/reference';
import { dataOf, type Data } from '../state/fields';

/** Approvals keeps each year an administrator published (节假日安排) in a stream of its own, named by the year. */
export const publishedCalendarStream = (year: number) => `workingcalendar-${year}`;

const datesOf = (data: Data, key: string, year: number): string[] => {
  const value = data[key];
  if (!Array.isArray(value)) return [];
  return value.filter((date): date is string => typeof date === 'string' && isCalendarDate(date) && yearOf(date) === year);
};

/** The years approvals published, from its calendar events in stream order: a later publication of a year replaces the earlier. */
export function publishedCalendarYears(events: readonly RecordedEvent[]): PublishedCalendarYear[] {
  const byYear = new Map<number, PublishedCalendarYear>();
  for (const event of events) {
    if (event.type !== 'CalendarYearPublished') continue;
    const data = dataOf(event.data);
    const year = data['year'];
    if (typeof year !== 'number' || !Number.isSafeInteger(year)) continue;
    const holidays = datesOf(data, 'holidays', year);
    const adjustedWorkdays = datesOf(data, 'adjustedWorkdays', year).filter((date) => !holidays.includes(date));
    byYear.set(year, { year, holidays, adjustedWorkdays });
  }
  return [...byYear.values()].sort((left, right) => left.year - right.year);
}
