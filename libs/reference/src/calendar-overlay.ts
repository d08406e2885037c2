import { createWorkingCalendar, type CalendarData, type CalendarYear, type WorkingCalendar } from './working-days';

/** A year as an administrator published it, overriding what the seed says of it. */
export interface PublishedCalendarYear extends CalendarYear {
  readonly year: number;
}

export type CalendarSource = 'published' | 'seed';

export interface EffectiveCalendar {
  readonly calendar: WorkingCalendar;
  readonly data: CalendarData;
  readonly sources: Readonly<Record<number, CalendarSource>>;
}

/** The seed with published years laid over it, in order: a publication replaces the seed, a later one the earlier. */
export function overlayCalendar(seed: CalendarData, published: readonly PublishedCalendarYear[]): EffectiveCalendar {
  const years: Record<number, CalendarYear> = { ...seed.years };
  const sources: Record<number, CalendarSource> = {};
  for (const year of Object.keys(seed.years)) sources[Number(year)] = 'seed';
  for (const { year, holidays, adjustedWorkdays } of published) {
    years[year] = { holidays, adjustedWorkdays };
    sources[year] = 'published';
  }
  const data = { years };
  return { calendar: createWorkingCalendar(data), data, sources };
}
