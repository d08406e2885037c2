import { fromDayNumber, toDayNumber, weekdayOfDayNumber } from './calendar-date';

/** One year as the State Council publishes it each November: the days off, and the weekend days worked (调休). */
export interface CalendarYear {
  readonly holidays: readonly string[];
  readonly adjustedWorkdays: readonly string[];
}

export interface CalendarData {
  readonly years: Readonly<Record<number, CalendarYear>>;
}

/** Provisional: the answer assumed plain Monday-to-Friday for a year the data does not have yet. */
export interface WorkingDay {
  readonly date: string;
  readonly provisional: boolean;
}

export interface WorkingDayCount {
  readonly days: number;
  readonly provisional: boolean;
}

export interface WorkingCalendar {
  hasYear(year: number): boolean;
  isWorkingDay(date: string): boolean;
  /** The date itself when it is a working day, else the first working day after it. */
  nextWorkingDay(date: string): WorkingDay;
  /** The n-th working day after the date (before it when n < 0); 0 gives the date itself, working or not. */
  addWorkingDays(date: string, days: number): WorkingDay;
  /** Working days after `from` up to and including `to`; negative, the same count, when `to` is before `from`. */
  workingDaysBetween(from: string, to: string): WorkingDayCount;
}

/**
 * A result is provisional when the span from the start date to the result, both included, touches a year
 * the data lacks: the deadline may move once that year's schedule is published.
 */
export function createWorkingCalendar(data: CalendarData): WorkingCalendar {
  const years = new Set<number>();
  const holidays = new Set<number>();
  const adjustedWorkdays = new Set<number>();
  for (const [key, year] of Object.entries(data.years)) {
    const yearNumber = Number(key);
    years.add(yearNumber);
    for (const date of year.holidays) holidays.add(dayInYear(date, yearNumber));
    for (const date of year.adjustedWorkdays) {
      const day = dayInYear(date, yearNumber);
      if (holidays.has(day)) throw new RangeError(`${date} is listed both as a holiday and as a working day`);
      adjustedWorkdays.add(day);
    }
  }

  const isWorkingDayNumber = (day: number): boolean => {
    if (adjustedWorkdays.has(day)) return true;
    if (holidays.has(day)) return false;
    const weekday = weekdayOfDayNumber(day);
    return weekday >= 1 && weekday <= 5;
  };

  const isProvisional = (first: number, second: number): boolean => {
    const last = yearOfDayNumber(Math.max(first, second));
    for (let year = yearOfDayNumber(Math.min(first, second)); year <= last; year += 1) {
      if (!years.has(year)) return true;
    }
    return false;
  };

  return {
    hasYear: (year) => years.has(year),

    isWorkingDay: (date) => isWorkingDayNumber(toDayNumber(date)),

    nextWorkingDay: (date) => {
      const start = toDayNumber(date);
      let day = start;
      while (!isWorkingDayNumber(day)) day += 1;
      return { date: fromDayNumber(day), provisional: isProvisional(start, day) };
    },

    addWorkingDays: (date, days) => {
      if (!Number.isSafeInteger(days)) throw new RangeError(`A number of working days must be an integer, got ${days}`);
      const start = toDayNumber(date);
      const step = days < 0 ? -1 : 1;
      let day = start;
      for (let remaining = Math.abs(days); remaining > 0;) {
        day += step;
        if (isWorkingDayNumber(day)) remaining -= 1;
      }
      return { date: fromDayNumber(day), provisional: isProvisional(start, day) };
    },

    workingDaysBetween: (from, to) => {
      const start = toDayNumber(from);
      const end = toDayNumber(to);
      let count = 0;
      for (let day = Math.min(start, end) + 1; day <= Math.max(start, end); day += 1) {
        if (isWorkingDayNumber(day)) count += 1;
      }
      return { days: end < start && count > 0 ? -count : count, provisional: isProvisional(start, end) };
    },
  };
}

function dayInYear(date: string, year: number): number {
  const day = toDayNumber(date);
  if (yearOfDayNumber(day) !== year) throw new RangeError(`${date} is listed under the year ${year}`);
  return day;
}

function yearOfDayNumber(day: number): number {
  return Number(fromDayNumber(day).slice(0, 4));
}
