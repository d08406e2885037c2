import { Injectable } from '@nestjs/common';
import { EventSourcingRuntime } from '@ia/platform';
import { overlayCalendar, seedCalendarData, type CalendarData, type WorkingCalendar } from '@ia/reference';
import { CALENDAR_YEARS_COLLECTION, type AdoptedCalendarYear } from '@ia/lead-intake/domain';

/**
 * The working calendar timeliness counts on: the seed with every year lead intake adopted laid over it.
 * Read at each use from the read model (every replica sees a new year at once); built again only when
 * an adopted year or its revision changed.
 */
@Injectable()
export class LeadCalendar {
  private readonly seed: CalendarData = seedCalendarData();
  private built: { readonly key: string; readonly calendar: WorkingCalendar } | undefined;

  constructor(private readonly runtime: EventSourcingRuntime) {}

  async current(): Promise<WorkingCalendar> {
    const adopted = await this.runtime.engines.readModels.list<AdoptedCalendarYear>(CALENDAR_YEARS_COLLECTION);
    const years = [...adopted].sort((left, right) => left.year - right.year);
    const key = years.map((year) => `${year.year}:${year.revision}`).join();
    if (this.built?.key !== key) this.built = { key, calendar: overlayCalendar(this.seed, years).calendar };
    return this.built.calendar;
  }
}
