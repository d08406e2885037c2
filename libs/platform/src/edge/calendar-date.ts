import { registerDecorator, type ValidationOptions } from 'class-validator';
import { isCalendarDate } from '@ia/reference';

const CHINA_STANDARD_TIME_OFFSET = 8 * 60 * 60 * 1000;

/** A real calendar date 'YYYY-MM-DD' (no 2026-02-30). */
export function IsCalendarDate(options: ValidationOptions = {}) {
  return (target: object, propertyName: string) =>
    registerDecorator({
      name: 'isCalendarDate',
      target: target.constructor,
      propertyName,
      options: { message: `${propertyName} must be a real date YYYY-MM-DD`, ...options },
      validator: { validate: (value: unknown) => typeof value === 'string' && isCalendarDate(value) },
    });
}

/**
 * The business time of a fact dated `date`: now when it happened today, else the start of that day in
 * China Standard Time (now for today or later). History orders facts by it and `validAt` reads it, so back-filled facts land on
 * the day they happened, not the day they were typed in.
 */
export function occurredAtOf(date: string, now: Date): string {
  // A date after today is for the domain to refuse with its own reason, not for the edge to record.
  if (date >= businessDateOf(now)) return now.toISOString();
  return new Date(Date.parse(`${date}T00:00:00Z`) - CHINA_STANDARD_TIME_OFFSET).toISOString();
}

/** Today's business date in China Standard Time, which has no daylight saving. */
export function businessDateOf(now: Date): string {
  return new Date(now.getTime() + CHINA_STANDARD_TIME_OFFSET).toISOString().slice(0, 10);
}
