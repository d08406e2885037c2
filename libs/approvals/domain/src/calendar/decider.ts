import { assertNever, type Aggregate, type Decider } from '@ia/kernel';
import { isCalendarDate, weekdayOf, yearOf } from '@ia/reference';
import { CalendarErrors } from '../errors';
import type { CalendarCommand } from './commands';
import type { CalendarEvent } from './events';

/** One year's schedule as the admin published it; `revision` 0 means not published (the seed, or nothing). */
export interface PublishedYear {
  readonly year: number;
  readonly holidays: readonly string[];
  readonly adjustedWorkdays: readonly string[];
  readonly revision: number;
}

/** Each year is its own stream, named by the year: a natural key that makes a second "first" publication impossible. */
export const CALENDAR_CATEGORY = 'workingcalendar';
export const calendarStream = (year: number) => `${CALENDAR_CATEGORY}-${year}`;

const sortedUnique = (dates: readonly string[]) => [...new Set(dates)].sort();
const sameList = (left: readonly string[], right: readonly string[]) => left.join() === right.join();

function checkDates(year: number, dates: readonly string[]): void {
  for (const date of dates) {
    if (!isCalendarDate(date)) throw CalendarErrors.invalidDate(date);
    if (yearOf(date) !== year) throw CalendarErrors.outsideYear(date, year);
  }
}

export const calendarDecider: Decider<CalendarCommand, CalendarEvent, PublishedYear> = {
  initialState: { year: 0, holidays: [], adjustedWorkdays: [], revision: 0 },
  decide(command, state) {
    switch (command.type) {
      case 'PublishYear': {
        const { year } = command.data;
        const holidays = sortedUnique(command.data.holidays);
        const adjustedWorkdays = sortedUnique(command.data.adjustedWorkdays);
        if (holidays.length === 0) throw CalendarErrors.noHolidays();
        checkDates(year, holidays);
        checkDates(year, adjustedWorkdays);
        const both = adjustedWorkdays.find((date) => holidays.includes(date));
        if (both !== undefined) throw CalendarErrors.bothHolidayAndWorkday(both);
        const weekday = adjustedWorkdays.find((date) => weekdayOf(date) !== 0 && weekdayOf(date) !== 6);
        if (weekday !== undefined) throw CalendarErrors.adjustedWorkdayNotWeekend(weekday);
        if (state.revision > 0 && sameList(state.holidays, holidays) && sameList(state.adjustedWorkdays, adjustedWorkdays)) return [];
        return [{ type: 'CalendarYearPublished', data: { year, holidays, adjustedWorkdays } }];
      }
      default:
        return assertNever(command.type);
    }
  },
  evolve(state, event) {
    switch (event.type) {
      case 'CalendarYearPublished':
        return { ...event.data, revision: state.revision + 1 };
      default:
        return assertNever(event.type);
    }
  },
};

export const calendarAggregate: Aggregate<CalendarCommand, CalendarEvent, PublishedYear> = {
  decider: calendarDecider,
  correlate: () => ({}),
};
