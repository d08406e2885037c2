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

/** Today's business date in China Standard Time, which has no daylight saving. */
export function businessDateOf(now: Date): string {
  return new Date(now.getTime() + CHINA_STANDARD_TIME_OFFSET).toISOString().slice(0, 10);
}
