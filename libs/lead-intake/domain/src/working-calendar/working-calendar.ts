import { assertNever, type Aggregate } from '@ia/kernel';
import { isCalendarDate, yearOf } from '@ia/reference';
import { CalendarErrors } from '../errors';

/** A year's holidays and adjusted working weekends as approvals published it; `revision` orders its publications. */
export interface AdoptedCalendarYear {
  readonly year: number;
  readonly revision: number;
  readonly holidays: readonly string[];
  readonly adjustedWorkdays: readonly string[];
}

export type WorkingCalendarCommand = { readonly type: 'AdoptWorkingCalendar'; readonly data: AdoptedCalendarYear };

export type WorkingCalendarEvent = { readonly type: 'WorkingCalendarAdopted'; readonly data: AdoptedCalendarYear };

export type WorkingCalendarState = { readonly adopted: false } | ({ readonly adopted: true } & AdoptedCalendarYear);

/** One stream per year: lead intake keeps the calendar it learned as its own fact, so it survives any rebuild. */
export const WORKING_CALENDAR_CATEGORY = 'leadcalendar';
export const workingCalendarStream = (year: number) => `${WORKING_CALENDAR_CATEGORY}-${year}`;

export function decideWorkingCalendar(command: WorkingCalendarCommand, state: WorkingCalendarState): WorkingCalendarEvent[] {
  switch (command.type) {
    case 'AdoptWorkingCalendar': {
      const { year, holidays, adjustedWorkdays } = command.data;
      // A publication this stream already holds, or one older than it, changes nothing: the later publication wins.
      if (state.adopted && state.revision >= command.data.revision) return [];
      const outside = [...holidays, ...adjustedWorkdays].find((date) => !isCalendarDate(date) || yearOf(date) !== year);
      if (outside !== undefined) throw CalendarErrors.dateOutsideYear(outside, year);
      const both = adjustedWorkdays.find((date) => holidays.includes(date));
      if (both !== undefined) throw CalendarErrors.holidayAndWorkday(both);
      return [{ type: 'WorkingCalendarAdopted', data: command.data }];
    }
    default:
      return assertNever(command.type);
  }
}

export function evolveWorkingCalendar(_state: WorkingCalendarState, event: WorkingCalendarEvent): WorkingCalendarState {
  switch (event.type) {
    case 'WorkingCalendarAdopted':
      return { adopted: true, ...event.data };
    default:
      return assertNever(event.type);
  }
}

export const workingCalendarAggregate: Aggregate<WorkingCalendarCommand, WorkingCalendarEvent, WorkingCalendarState> = {
  decider: { initialState: { adopted: false }, decide: decideWorkingCalendar, evolve: evolveWorkingCalendar },
  correlate: () => ({}),
};
