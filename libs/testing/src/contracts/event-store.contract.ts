import { ConcurrencyError, DuplicateEventError, verifyChain, type EventStore } from '@ia/kernel';
import { newEvent, uniqueStream } from '../fixtures';

export interface EventStoreHarness {
  readonly store: EventStore;
  dispose(): Promise<void>;
}

/** The behaviour every event-store adapter must show; run once per adapter. */
export function eventStoreContract(name: string, open: () => Promise<EventStoreHarness>, describeOrSkip: jest.Describe = describe): void {
  describeOrSkip(`EventStore contract: ${name}`, () => {
    let harness: EventStoreHarness;
    let store: EventStore;
    beforeEach(async () => {
      harness = await open();
      store = harness.store;
    });
    afterEach(() => harness.dispose());

    it('appends to a new stream with no_stream and numbers revisions from zero', async () => {
      const stream = uniqueStream();
      const result = await store.appendToStream(stream, [newEvent('A'), newEvent('B')], { expectedRevision: 'no_stream' });
      expect(result.nextExpectedRevision).toBe(1);
      const events = await store.readStream(stream);
      expect(events.map((event) => [event.type, event.revision])).toEqual([
        ['A', 0],
        ['B', 1],
      ]);
      expect(result.lastPosition).toBe(events[1]?.position);
      expect(events[0]?.recordedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/);
    });

    it('keeps business time apart from record time and keeps every metadata field', async () => {
      const stream = uniqueStream();
      const event = newEvent(
        'A',
        { 名称: '湖南星辰电气有限公司' },
        { occurredAt: '2025-12-31T16:00:00.000Z', reason: '补录', projectId: 'p-1', leadId: 'l-1' },
      );
      await store.appendToStream(stream, [event], { expectedRevision: 'no_stream' });
      const [stored] = await store.readStream(stream);
      expect(stored?.data).toEqual({ 名称: '湖南星辰电气有限公司' });
      expect(stored?.eventId).toBe(event.eventId);
      expect(stored?.schemaVersion).toBe(1);
      expect(stored?.metadata).toMatchObject({
        occurredAt: '2025-12-31T16:00:00.000Z',
        reason: '补录',
        projectId: 'p-1',
        leadId: 'l-1',
        actor: event.metadata.actor,
      });
      expect(stored?.recordedAt).not.toBe('2025-12-31T16:00:00.000Z');
    });

    it('refuses no_stream on an existing stream and exists on a missing one', async () => {
      const stream = uniqueStream();
      await expect(store.appendToStream(stream, [newEvent('A')], { expectedRevision: 'exists' })).rejects.toBeInstanceOf(ConcurrencyError);
      await store.appendToStream(stream, [newEvent('A')], { expectedRevision: 'no_stream' });
      await expect(store.appendToStream(stream, [newEvent('B')], { expectedRevision: 'no_stream' })).rejects.toBeInstanceOf(
        ConcurrencyError,
      );
      await store.appendToStream(stream, [newEvent('B')], { expectedRevision: 'exists' });
      expect(await store.readStream(stream)).toHaveLength(2);
    });

    it('accepts the exact revision and refuses any other', async () => {
      const stream = uniqueStream();
      await store.appendToStream(stream, [newEvent('A'), newEvent('B')], { expectedRevision: 'no_stream' });
      await expect(store.appendToStream(stream, [newEvent('C')], { expectedRevision: 0 })).rejects.toBeInstanceOf(ConcurrencyError);
      await expect(store.appendToStream(stream, [newEvent('C')], { expectedRevision: 2 })).rejects.toBeInstanceOf(ConcurrencyError);
      const result = await store.appendToStream(stream, [newEvent('C')], { expectedRevision: 1 });
      expect(result.nextExpectedRevision).toBe(2);
    });

    it('appends with any whatever the stream holds', async () => {
      const stream = uniqueStream();
      await store.appendToStream(stream, [newEvent('A')], { expectedRevision: 'any' });
      await store.appendToStream(stream, [newEvent('B')], { expectedRevision: 'any' });
      expect((await store.readStream(stream)).map((event) => event.revision)).toEqual([0, 1]);
    });

    it('lets exactly one of many concurrent writers win each revision', async () => {
      const stream = uniqueStream();
      await store.appendToStream(stream, [newEvent('Opened')], { expectedRevision: 'no_stream' });
      const outcomes = await Promise.allSettled(
        Array.from({ length: 8 }, (_, index) => store.appendToStream(stream, [newEvent('Raced', { index })], { expectedRevision: 0 })),
      );
      const won = outcomes.filter((outcome) => outcome.status === 'fulfilled');
      const lost = outcomes.filter((outcome): outcome is PromiseRejectedResult => outcome.status === 'rejected');
      expect(won).toHaveLength(1);
      expect(lost).toHaveLength(7);
      for (const outcome of lost) expect(outcome.reason).toBeInstanceOf(ConcurrencyError);
      expect(await store.readStream(stream)).toHaveLength(2);
    });

    it('refuses an event id it already holds and appends none of that batch', async () => {
      const stream = uniqueStream();
      const first = newEvent('A');
      await store.appendToStream(stream, [first], { expectedRevision: 'no_stream' });
      await expect(store.appendToStream(stream, [newEvent('B'), first], { expectedRevision: 0 })).rejects.toBeInstanceOf(
        DuplicateEventError,
      );
      expect((await store.readStream(stream)).map((event) => event.type)).toEqual(['A']);
    });

    it('reads a missing stream as empty and pages a stream by revision', async () => {
      expect(await store.readStream(uniqueStream())).toEqual([]);
      const stream = uniqueStream();
      await store.appendToStream(
        stream,
        ['A', 'B', 'C', 'D'].map((type) => newEvent(type)),
        { expectedRevision: 'no_stream' },
      );
      const page = await store.readStream(stream, { fromRevision: 1, maxCount: 2 });
      expect(page.map((event) => event.type)).toEqual(['B', 'C']);
    });

    it('reads the global log after a position in strictly increasing order', async () => {
      const start = await store.headPosition();
      const first = uniqueStream();
      const second = uniqueStream();
      await store.appendToStream(first, [newEvent('A1')], { expectedRevision: 'no_stream' });
      await store.appendToStream(second, [newEvent('B1'), newEvent('B2')], { expectedRevision: 'no_stream' });
      await store.appendToStream(first, [newEvent('A2')], { expectedRevision: 0 });
      const events = await store.readAll({ after: start });
      expect(events.map((event) => event.type)).toEqual(['A1', 'B1', 'B2', 'A2']);
      const positions = events.map((event) => event.position);
      expect([...positions].sort((left, right) => left - right)).toEqual(positions);
      expect(new Set(positions).size).toBe(4);
      expect(await store.headPosition()).toBe(positions[3]);
      const page = await store.readAll({ after: positions[0] as number, maxCount: 2 });
      expect(page.map((event) => event.type)).toEqual(['B1', 'B2']);
    });

    it('reads only the categories asked for, in log order, paged like the whole log', async () => {
      const start = await store.headPosition();
      const wanted = `wanted${Math.random().toString(36).slice(2, 10)}`;
      const other = `${wanted}x`;
      await store.appendToStream(`${wanted}-1`, [newEvent('W1')], { expectedRevision: 'no_stream' });
      await store.appendToStream(`${other}-1`, [newEvent('X1')], { expectedRevision: 'no_stream' });
      await store.appendToStream(wanted, [newEvent('W2')], { expectedRevision: 'no_stream' });
      await store.appendToStream(`${wanted}-calendar-2027`, [newEvent('W3')], { expectedRevision: 'no_stream' });
      await store.appendToStream(`${other}-1`, [newEvent('X2')], { expectedRevision: 0 });
      const events = await store.readAll({ after: start, categories: [wanted] });
      expect(events.map((event) => event.type)).toEqual(['W1', 'W2', 'W3']);
      const both = await store.readAll({ after: start, categories: [other, wanted] });
      expect(both.map((event) => event.type)).toEqual(['W1', 'X1', 'W2', 'W3', 'X2']);
      const page = await store.readAll({ after: events[0]?.position ?? 0, maxCount: 1, categories: [wanted] });
      expect(page.map((event) => event.type)).toEqual(['W2']);
      expect(await store.readAll({ after: start, categories: [] })).toEqual([]);
    });

    it('reads every event correlated to a project or a lead across streams', async () => {
      const projectId = `p-${Math.random()}`;
      const leadId = `l-${Math.random()}`;
      const lead = uniqueStream('lead');
      const agreement = uniqueStream('agreement');
      await store.appendToStream(lead, [newEvent('LeadLogged', {}, { leadId })], { expectedRevision: 'no_stream' });
      await store.appendToStream(uniqueStream('other'), [newEvent('Unrelated')], { expectedRevision: 'no_stream' });
      await store.appendToStream(agreement, [newEvent('AgreementSigned', {}, { leadId, projectId })], { expectedRevision: 'no_stream' });
      await store.appendToStream(lead, [newEvent('LeadSigned', {}, { leadId, projectId })], { expectedRevision: 0 });
      const forProject = await store.readCorrelated({ projectId });
      expect(forProject.map((event) => event.type)).toEqual(['AgreementSigned', 'LeadSigned']);
      const forLead = await store.readCorrelated({ leadId });
      expect(forLead.map((event) => event.type)).toEqual(['LeadLogged', 'AgreementSigned', 'LeadSigned']);
      expect([...(await store.correlatedStreams({ projectId }))].sort()).toEqual([agreement, lead].sort());
    });

    it('chains every stored event to the one before it so that the stream verifies', async () => {
      const stream = uniqueStream();
      await store.appendToStream(stream, [newEvent('A'), newEvent('B')], { expectedRevision: 'no_stream' });
      await store.appendToStream(stream, [newEvent('C')], { expectedRevision: 1 });
      const events = await store.readStream(stream);
      expect(verifyChain(stream, events)).toMatchObject({ valid: true, count: 3 });
      expect(events[1]?.metadata.previousHash).toBe(events[0]?.metadata.hash);
    });

    it('tells listeners that something was appended', async () => {
      const heard = jest.fn();
      const unlisten = store.onAppended(heard);
      await store.appendToStream(uniqueStream(), [newEvent('A')], { expectedRevision: 'no_stream' });
      unlisten();
      await store.appendToStream(uniqueStream(), [newEvent('B')], { expectedRevision: 'no_stream' });
      expect(heard).toHaveBeenCalledTimes(1);
    });
  });
}
