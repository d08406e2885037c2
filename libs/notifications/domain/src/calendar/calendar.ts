import { assertNever, type Aggregate, type Decider } from '@ia/kernel';
import type { PublishedCalendarYear } from '@ia/reference';

/** A year's holiday arrangement as approvals published it; reminders count working days on it. */
export type CalendarYearAdopted = PublishedCalendarYear & { readonly revision: number };

export type CalendarCommand = { readonly type: 'AdoptCalendarYear'; readonly data: CalendarYearAdopted };
export type CalendarEvent = { readonly type: 'CalendarYearAdopted'; readonly data: CalendarYearAdopted };

export const calendarDecider: Decider<CalendarCommand, CalendarEvent, { readonly revision: number }> = {
  initialState: { revision: -1 },
  decide(command, state) {
    switch (command.type) {
      case 'AdoptCalendarYear':
        // The contract checked the dates; an older or repeated publication changes nothing.
        return command.data.revision > state.revision ? [{ type: 'CalendarYearAdopted', data: command.data }] : [];
      default:
        return assertNever(command.type);
    }
  },
  evolve(_state, event) {
    switch (event.type) {
      case 'CalendarYearAdopted':
        return { revision: event.data.revision };
      default:
        return assertNever(event.type);
    }
  },
};

export const NOTIFICATION_CALENDAR_CATEGORY = 'notifycalendar';
export const notificationCalendarStream = (year: number) => `${NOTIFICATION_CALENDAR_CATEGORY}-${year}`;
export const calendarAggregate: Aggregate<CalendarCommand, CalendarEvent, { readonly revision: number }> = {
  decider: calendarDecider,
  correlate: () => ({}),
};
