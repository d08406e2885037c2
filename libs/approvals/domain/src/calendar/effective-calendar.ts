import { overlayCalendar, type CalendarData, type EffectiveCalendar } from '@ia/reference';
import type { PublishedYear } from './decider';

export type { CalendarSource, EffectiveCalendar } from '@ia/reference';

/** The seed (chinese-days) with every year an admin published laid over it: a publication wins over the seed. */
export function effectiveCalendar(seed: CalendarData, published: readonly PublishedYear[]): EffectiveCalendar {
  const years = published.filter((year) => year.revision > 0);
  return overlayCalendar(seed, years);
}
