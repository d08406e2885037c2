import { businessDateOf } from '@ia/platform';

// China Standard Time has no daylight saving.
const SHANGHAI_OFFSET_MILLISECONDS = 8 * 3_600_000;

/** The business time of a fact dated `date`: now when it is today, else the start of that day in Shanghai. */
export function occurredAtOf(date: string, now: Date): string {
  if (date === businessDateOf(now)) return now.toISOString();
  return new Date(Date.parse(`${date}T00:00:00Z`) - SHANGHAI_OFFSET_MILLISECONDS).toISOString();
}
