import { Injectable } from '@nestjs/common';
import { publishedCalendarStream, publishedCalendarYears } from '@ia/project-history/domain';
import { EventSourcingRuntime } from '@ia/platform';
import { overlayCalendar, seedCalendarData, yearOf, type CalendarData, type WorkingCalendar } from '@ia/reference';

const SHANGHAI_OFFSET_MILLISECONDS = 8 * 3_600_000;

/** Today's business date in China Standard Time, which has no daylight saving. */
export function shanghaiToday(now: Date): string {
  return new Date(now.getTime() + SHANGHAI_OFFSET_MILLISECONDS).toISOString().slice(0, 10);
}

/**
 * The calendar the figures count on: the seed with the years approvals published, read from approvals'
 * own calendar streams in the store (one small stream per year, from the seed's first year to next year).
 */
@Injectable()
export class FiguresCalendar {
  private readonly seed: CalendarData = seedCalendarData();
  private readonly firstYear: number;
  private readonly lastSeededYear: number;
  private built: { readonly key: string; readonly calendar: WorkingCalendar } | undefined;

  constructor(private readonly runtime: EventSourcingRuntime) {
    const seeded = Object.keys(this.seed.years).map(Number);
    this.firstYear = Math.min(...seeded);
    this.lastSeededYear = Math.max(...seeded);
  }

  async current(today: string): Promise<WorkingCalendar> {
    const lastYear = Math.max(this.lastSeededYear, yearOf(today)) + 1;
    const years = Array.from({ length: lastYear - this.firstYear + 1 }, (_, index) => this.firstYear + index);
    const streams = await Promise.all(years.map((year) => this.runtime.engines.store.readStream(publishedCalendarStream(year))));
    const events = streams.flat();
    const key = events.map((event) => event.eventId).join();
    if (this.built?.key !== key) this.built = { key, calendar: overlayCalendar(this.seed, publishedCalendarYears(events)).calendar };
    return this.built.calendar;
  }
}
