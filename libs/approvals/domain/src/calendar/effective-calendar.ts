import { createWorkingCalendar, type CalendarData, type CalendarYear, type WorkingCalendar } from '@ia/reference';
import type { PublishedYear } from './decider';

export type CalendarSource = 'published' | 'seed';

export interface EffectiveCalendar {
  readonly calendar: WorkingCalendar;
  readonly data: CalendarData;
  readonly sources: Readonly<Record<number, CalendarSource>>;
}

/** The seed (chinese-days) with every year an admin published laid over it: a publication wins over the seed. */
export function effectiveCalendar(seed: CalendarData, published: readonly PublishedYear[]): EffectiveCalendar {
  const years: Record<number, CalendarYear> = { ...seed.years };
  const sources: Record<number, CalendarSource> = {};
  for (const year of Object.keys(seed.years)) sources[Number(year)] = 'seed';
  for (const year of published) {
    if (year.revision === 0) continue;
    years[year.year] = { holidays: year.holidays, adjustedWorkdays: year.adjustedWorkdays };
    sources[year.year] = 'published';
  }
  const data = { years };
  return { calendar: createWorkingCalendar(data), data, sources };
}
