import { Injectable } from '@nestjs/common';
import {
  CATALOG_DOCUMENT,
  COLLECTIONS,
  DEFAULT_CATALOG,
  effectiveCalendar,
  type ApprovalItem,
  type Catalog,
  type EffectiveCalendar,
  type Folded,
  type PublishedYear,
} from '@ia/approvals/domain';
import { EventSourcingRuntime, readWithinParks, type Principal } from '@ia/platform';
import { seedCalendarData, type CalendarData } from '@ia/reference';

/** The context's read models, the only source of queries and of the facts the edge hands to commands. */
@Injectable()
export class ApprovalReadModels {
  private readonly seed: CalendarData = seedCalendarData();

  constructor(private readonly runtime: EventSourcingRuntime) {}

  private get store() {
    return this.runtime.engines.readModels;
  }

  async catalog(): Promise<Catalog> {
    return (await this.store.get<Folded<Catalog>>(COLLECTIONS.catalog, CATALOG_DOCUMENT))?.state ?? DEFAULT_CATALOG;
  }

  async publishedYear(year: number): Promise<Folded<PublishedYear> | undefined> {
    return this.store.get<Folded<PublishedYear>>(COLLECTIONS.calendar, String(year));
  }

  async calendar(): Promise<EffectiveCalendar> {
    const published = await this.store.list<Folded<PublishedYear>>(COLLECTIONS.calendar);
    return effectiveCalendar(
      this.seed,
      published.map((year) => year.state),
    );
  }

  async item(itemId: string): Promise<Folded<ApprovalItem> | undefined> {
    return this.store.get<Folded<ApprovalItem>>(COLLECTIONS.items, itemId);
  }

  /** The items of the parks the caller works for, read through the park index. */
  async visibleItems(principal: Principal): Promise<Folded<ApprovalItem>[]> {
    return readWithinParks<Folded<ApprovalItem>>(this.store, principal, COLLECTIONS.items);
  }

  async projectItems(projectId: string): Promise<ApprovalItem[]> {
    return (await this.store.listBy<Folded<ApprovalItem>>(COLLECTIONS.items, 'projectId', [projectId])).map((folded) => folded.state);
  }
}
