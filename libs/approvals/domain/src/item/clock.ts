import type { WorkingCalendar, WorkingDay } from '@ia/reference';
import { isFinal, openSuspension, type ApprovalItem } from './state';

export type ClockState = 'not_started' | 'running' | 'paused' | 'stopped';

export interface ItemClock {
  readonly state: ClockState;
  readonly limitDays: number;
  readonly startedOn?: string;
  readonly dueOn?: string;
  /** The deadline falls in (or the count crosses) a year whose schedule is not published yet. */
  readonly provisional: boolean;
  readonly pausedDays: number;
  readonly usedDays: number;
  readonly remainingDays: number;
  readonly overdue: boolean;
  readonly overdueDays: number;
}

const atMost = (date: string, limit: string) => (date < limit ? date : limit);

/**
 * Working days from acceptance (or from opening, for a deadline fixed then) to today, or to the day the item
 * closed; suspensions stop the clock and push the deadline back by the working days they lasted.
 */
export function itemClock(item: ApprovalItem, calendar: WorkingCalendar, today: string): ItemClock {
  const limitDays = item.item.timeLimitDays;
  const startedOn = item.acceptedOn ?? (item.dueOn !== undefined ? item.openedOn : undefined);
  if (startedOn === undefined) {
    return {
      state: isFinal(item.status) ? 'stopped' : 'not_started',
      limitDays,
      provisional: false,
      pausedDays: 0,
      usedDays: 0,
      remainingDays: limitDays,
      overdue: false,
      overdueDays: 0,
    };
  }
  const end = item.closedOn ?? (today < startedOn ? startedOn : today);
  const pausedDays = item.suspensions.reduce((total, suspension) => {
    const until = atMost(suspension.resumedOn ?? end, end);
    return total + Math.max(0, calendar.workingDaysBetween(suspension.suspendedOn, until).days);
  }, 0);
  const base: WorkingDay =
    item.dueOn !== undefined
      ? { date: item.dueOn, provisional: !calendar.hasYear(Number(item.dueOn.slice(0, 4))) }
      : calendar.addWorkingDays(startedOn, limitDays);
  const due = pausedDays > 0 ? calendar.addWorkingDays(base.date, pausedDays) : base;
  const overdue = end > due.date;
  const state: ClockState = isFinal(item.status) ? 'stopped' : openSuspension(item) !== undefined ? 'paused' : 'running';
  return {
    state,
    limitDays,
    startedOn,
    dueOn: due.date,
    provisional: base.provisional || due.provisional,
    pausedDays,
    usedDays: Math.max(0, calendar.workingDaysBetween(startedOn, end).days - pausedDays),
    remainingDays: overdue ? 0 : calendar.workingDaysBetween(end, due.date).days,
    overdue,
    overdueDays: overdue ? calendar.workingDaysBetween(due.date, end).days : 0,
  };
}
