/**
 * Business dates are plain calendar dates ('YYYY-MM-DD', Asia/Shanghai), so arithmetic runs on day numbers
 * counted in UTC, where no time zone or daylight saving can shift a date.
 */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MILLISECONDS_PER_DAY = 86_400_000;
const THURSDAY = 4;

export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

export function isCalendarDate(value: string): boolean {
  return parse(value) !== undefined;
}

export function toDayNumber(date: string): number {
  const day = parse(date);
  if (day === undefined) throw new RangeError(`Not a calendar date 'YYYY-MM-DD': '${date}'`);
  return day;
}

export function fromDayNumber(day: number): string {
  return new Date(day * MILLISECONDS_PER_DAY).toISOString().slice(0, 10);
}

export function addCalendarDays(date: string, days: number): string {
  if (!Number.isSafeInteger(days)) throw new RangeError(`A number of days must be an integer, got ${days}`);
  return fromDayNumber(toDayNumber(date) + days);
}

export function calendarDaysBetween(from: string, to: string): number {
  return toDayNumber(to) - toDayNumber(from);
}

/** 0 is Sunday, 6 is Saturday, as in Date.prototype.getUTCDay. */
export function weekdayOf(date: string): Weekday {
  return weekdayOfDayNumber(toDayNumber(date));
}

export function weekdayOfDayNumber(day: number): Weekday {
  // 1970-01-01, day 0, was a Thursday.
  return ((((day + THURSDAY) % 7) + 7) % 7) as Weekday;
}

export function yearOf(date: string): number {
  toDayNumber(date);
  return Number(date.slice(0, 4));
}

function parse(value: string): number | undefined {
  const match = ISO_DATE.exec(value);
  if (match === null) return undefined;
  const [, year, month, day] = match.map(Number) as [number, number, number, number];
  const milliseconds = Date.UTC(year, month - 1, day);
  if (fromDayNumber(milliseconds / MILLISECONDS_PER_DAY) !== value) return undefined;
  return milliseconds / MILLISECONDS_PER_DAY;
}
