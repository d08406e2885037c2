import { createMemoryReadModelStore } from '@ia/adapters/memory';
import type { RecordedEvent } from '@ia/kernel';
import { acceptedFiling, ITEM_ID } from '../test-support/fixtures';
import type { Folded } from './fold-into';
import { calendarProjection, catalogProjection, COLLECTIONS, itemsProjection } from './projections';
import type { ApprovalItem } from '../item/state';

let position = 0;
const recorded = (streamName: string, event: { type: string; data: unknown }, revision: number): RecordedEvent => ({
  eventId: `e-${++position}`,
  ...event,
  schemaVersion: 1,
  streamName,
  revision,
  position,
  recordedAt: '2026-03-02T03:00:00.000Z',
  metadata: {
    actor: { id: 'agent-wang', role: 'agent' },
    occurredAt: '2026-03-02T02:00:00.000Z',
    correlationId: 'c',
    causationId: 'c',
    previousHash: '',
    hash: '',
  },
});

describe('read models', () => {
  it('folds an item stream into one document, and applies a redelivered event once', async () => {
    const readModels = createMemoryReadModelStore();
    const events = acceptedFiling.map((event, revision) => recorded(`approval-${ITEM_ID}`, event, revision));
    for (const event of [...events, events[1]!, events[3]!]) await itemsProjection.apply(event, readModels);
    const document = await readModels.get<Folded<ApprovalItem>>(COLLECTIONS.items, ITEM_ID);
    expect(document).toMatchObject({
      revision: 3,
      position: events[3]!.position,
      state: { status: 'accepted', assignee: 'agent-wang', acceptedOn: '2026-03-02' },
    });
  });

  it('keeps the catalog and the published years, and ignores other streams', async () => {
    const readModels = createMemoryReadModelStore();
    await catalogProjection.apply(
      recorded('approvalcatalog-park', { type: 'DefaultPackageChosen', data: { packageCode: 'factory_lease' } }, 0),
      readModels,
    );
    const published = recorded(
      'workingcalendar-2027',
      { type: 'CalendarYearPublished', data: { year: 2027, holidays: ['2027-01-01'], adjustedWorkdays: [] } },
      0,
    );
    await calendarProjection.apply(published, readModels);
    await itemsProjection.apply(
      recorded('workingcalendar-2027', { type: 'CalendarYearPublished', data: { year: 2027, holidays: [], adjustedWorkdays: [] } }, 1),
      readModels,
    );
    expect((await readModels.get<Folded<{ defaultPackage: string }>>(COLLECTIONS.catalog, 'park'))?.state.defaultPackage).toBe(
      'factory_lease',
    );
    expect(await readModels.list(COLLECTIONS.calendar)).toEqual([
      { state: { year: 2027, holidays: ['2027-01-01'], adjustedWorkdays: [], revision: 1 }, revision: 0, position: published.position },
    ]);
    expect(await readModels.list(COLLECTIONS.items)).toEqual([]);
  });
});
