import { streamCategory, streamId, type Projection } from '@ia/kernel';
import { CALENDAR_CATEGORY, calendarDecider } from '../calendar/decider';
import type { CalendarEvent } from '../calendar/events';
import type { CatalogEvent } from '../catalog/events';
import { catalogDecider, CATALOG_STREAM } from '../catalog/decider';
import { APPROVAL_CATEGORY } from '../item/decider';
import { evolveItem } from '../item/evolve';
import { foldInto } from './fold-into';

export const COLLECTIONS = {
  items: 'approvals.items',
  catalog: 'approvals.catalog',
  calendar: 'approvals.calendar-years',
} as const;

export const CATALOG_DOCUMENT = 'park';

export const itemsProjection: Projection = {
  name: 'approvals.items',
  collections: [COLLECTIONS.items],
  categories: [APPROVAL_CATEGORY],
  indexes: { [COLLECTIONS.items]: ['parkId', 'projectId'] },
  // 2: the park and project copied to the top of each document, for the indexes.
  version: 2,
  apply: async (event, readModels) => {
    if (streamCategory(event.streamName) !== APPROVAL_CATEGORY) return;
    await foldInto(readModels, COLLECTIONS.items, streamId(event.streamName), event, { status: 'none' }, evolveItem, (item) =>
      item.status === 'none' ? {} : { parkId: item.parkId, projectId: item.projectId },
    );
  },
};

export const catalogProjection: Projection = {
  name: 'approvals.catalog',
  collections: [COLLECTIONS.catalog],
  categories: [streamCategory(CATALOG_STREAM)],
  apply: async (event, readModels) => {
    if (event.streamName !== CATALOG_STREAM) return;
    await foldInto(readModels, COLLECTIONS.catalog, CATALOG_DOCUMENT, event, catalogDecider.initialState, (state, change: CatalogEvent) =>
      catalogDecider.evolve(state, change),
    );
  },
};

export const calendarProjection: Projection = {
  name: 'approvals.calendar',
  collections: [COLLECTIONS.calendar],
  categories: [CALENDAR_CATEGORY],
  apply: async (event, readModels) => {
    if (streamCategory(event.streamName) !== CALENDAR_CATEGORY) return;
    await foldInto(
      readModels,
      COLLECTIONS.calendar,
      streamId(event.streamName),
      event,
      calendarDecider.initialState,
      (state, change: CalendarEvent) => calendarDecider.evolve(state, change),
    );
  },
};
