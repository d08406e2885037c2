import {
  createMemoryCheckpointStore,
  createMemoryEventStore,
  createMemoryIdempotencyStore,
  createMemoryReadModelStore,
} from '@ia/adapters/memory';
import { newEvent } from '@ia/testing';
import { canonicalJson } from './canonical-json';
import { verifyChain } from './hash-chain';
import { createIdempotencyRecorder } from './idempotency-projection';
import { createProjectionRunner, type Projection } from './projection';
import { createUpcast } from './upcasting';
import type { RecordedEvent } from './envelope';

describe('canonical JSON', () => {
  it('orders keys at every depth and drops undefined fields', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { z: 1, y: undefined }], c: '中' } })).toBe('{"a":{"c":"中","d":[1,{"z":1}]},"b":1}');
  });
});

describe('upcasting', () => {
  const upcast = createUpcast([
    { type: 'LeadLogged', fromVersion: 1, upcast: (data) => ({ ...(data as object), source: 'other' }) },
    { type: 'LeadLogged', fromVersion: 2, upcast: (data) => ({ ...(data as object), landDemandMu: 0 }) },
  ]);
  const stored = (schemaVersion: number, data: object) => ({ type: 'LeadLogged', schemaVersion, data }) as RecordedEvent;

  it('chains upcasters from the stored version to the current one', () => {
    expect(upcast(stored(1, { name: '甲' }))).toMatchObject({ schemaVersion: 3, data: { name: '甲', source: 'other', landDemandMu: 0 } });
    expect(upcast(stored(2, { name: '甲', source: 'online' }))).toMatchObject({
      schemaVersion: 3,
      data: { source: 'online', landDemandMu: 0 },
    });
  });

  it('leaves current events and other types as they are', () => {
    const current = stored(3, { name: '甲' });
    expect(upcast(current)).toBe(current);
  });

  it('refuses two upcasters for the same type and version', () => {
    expect(() =>
      createUpcast([
        { type: 'A', fromVersion: 1, upcast: (data) => data },
        { type: 'A', fromVersion: 1, upcast: (data) => data },
      ]),
    ).toThrow('Two upcasters for A@1');
  });
});

describe('hash chain verification', () => {
  it('names an event moved into another stream', async () => {
    const store = createMemoryEventStore();
    await store.appendToStream('lead-1', [newEvent('A'), newEvent('B')], { expectedRevision: 'no_stream' });
    const events = await store.readStream('lead-1');
    const moved = events.map((event, index) => (index === 1 ? { ...event, streamName: 'lead-2' } : event));
    expect(verifyChain('lead-1', moved)).toMatchObject({ valid: false, failure: { revision: 1, reason: 'WRONG_STREAM' } });
  });
});

describe('projections', () => {
  const totals: Projection = {
    name: 'totals',
    collections: ['totals'],
    async apply(event, readModels) {
      if (event.type !== 'Deposited') return;
      const owner = event.streamName;
      const current = (await readModels.get<{ total: number; count: number }>('totals', owner)) ?? { total: 0, count: 0 };
      const { amount } = event.data as { amount: number };
      // Idempotent under redelivery: it records the last position it applied.
      await readModels.put('totals', owner, { total: current.total + amount, count: current.count + 1, position: event.position });
    },
  };

  it('keeps a read model live, and a rebuild from zero equals it', async () => {
    const store = createMemoryEventStore();
    const readModels = createMemoryReadModelStore();
    const runner = createProjectionRunner(totals, {
      store,
      readModels,
      checkpoints: createMemoryCheckpointStore(),
      pollIntervalMilliseconds: 5,
    });
    runner.start();
    let last = 0;
    for (let index = 0; index < 60; index += 1) {
      const stream = `account-${index % 4}`;
      const head = (await store.readStream(stream)).length - 1;
      const result = await store.appendToStream(stream, [newEvent('Deposited', { amount: index })], {
        expectedRevision: head < 0 ? 'no_stream' : head,
      });
      last = result.lastPosition;
    }
    expect(await runner.waitFor(last, 5_000)).toBe(true);
    const live = await readModels.list('totals');
    expect(live).toHaveLength(4);

    const rebuiltStore = createMemoryReadModelStore();
    const fresh = createProjectionRunner(totals, { store, readModels: rebuiltStore, checkpoints: createMemoryCheckpointStore() });
    expect(await fresh.rebuild()).toBe(last);
    expect(await rebuiltStore.list('totals')).toEqual(live);

    expect(await runner.rebuild()).toBe(last);
    expect(await readModels.list('totals')).toEqual(live);
    await runner.stop();
  });

  it('handles an event appended while it was busy without waiting for the next poll', async () => {
    const store = createMemoryEventStore();
    const readModels = createMemoryReadModelStore();
    let second = 0;
    const chained: Projection = {
      ...totals,
      async apply(event, models) {
        await totals.apply(event, models);
        // The first event's handling appends the second while the subscription is inside its read.
        if (event.type === 'Deposited' && (event.data as { amount: number }).amount === 1) {
          second = (await store.appendToStream('account-z', [newEvent('Deposited', { amount: 2 })], { expectedRevision: 0 })).lastPosition;
        }
      },
    };
    const runner = createProjectionRunner(chained, {
      store,
      readModels,
      checkpoints: createMemoryCheckpointStore(),
      pollIntervalMilliseconds: 600_000,
    });
    runner.start();
    await store.appendToStream('account-z', [newEvent('Deposited', { amount: 1 })], { expectedRevision: 'no_stream' });
    await runner.waitFor(1, 5_000);
    expect(second).toBe(2);
    // With a ten-minute poll, only the remembered notification can bring this in time.
    expect(await runner.waitFor(second, 5_000)).toBe(true);
    await runner.stop();
    expect(await readModels.get('totals', 'account-z')).toMatchObject({ total: 3, count: 2 });
  });

  it('resumes from its checkpoint instead of applying events twice', async () => {
    const store = createMemoryEventStore();
    const readModels = createMemoryReadModelStore();
    const checkpoints = createMemoryCheckpointStore();
    await store.appendToStream('account-x', [newEvent('Deposited', { amount: 5 })], { expectedRevision: 'no_stream' });
    await createProjectionRunner(totals, { store, readModels, checkpoints }).catchUp();
    await store.appendToStream('account-x', [newEvent('Deposited', { amount: 7 })], { expectedRevision: 0 });
    await createProjectionRunner(totals, { store, readModels, checkpoints }).catchUp();
    expect(await readModels.get('totals', 'account-x')).toMatchObject({ total: 12, count: 2 });
  });

  it('reads only its categories, and still reaches the head when the log ends with other streams', async () => {
    const store = createMemoryEventStore();
    const readModels = createMemoryReadModelStore();
    const seen: string[] = [];
    const accounts: Projection = {
      ...totals,
      categories: ['account'],
      async apply(event, models) {
        seen.push(event.streamName);
        await totals.apply(event, models);
      },
    };
    const runner = createProjectionRunner(accounts, { store, readModels, checkpoints: createMemoryCheckpointStore(), batchSize: 2 });
    await store.appendToStream('account-a', [newEvent('Deposited', { amount: 1 }), newEvent('Deposited', { amount: 2 })], {
      expectedRevision: 'no_stream',
    });
    await store.appendToStream('ledger-a', [newEvent('Deposited', { amount: 100 })], { expectedRevision: 'no_stream' });
    await store.appendToStream('account-b', [newEvent('Deposited', { amount: 3 })], { expectedRevision: 'no_stream' });
    const last = await store.appendToStream('ledger-b', [newEvent('Deposited', { amount: 200 })], { expectedRevision: 'no_stream' });
    expect(await runner.catchUp()).toBe(last.lastPosition);
    expect(seen).toEqual(['account-a', 'account-a', 'account-b']);
    expect(await runner.waitFor(last.lastPosition, 0)).toBe(true);
    expect(await readModels.list('totals')).toHaveLength(2);
  });

  it('declares its indexes at the first catch-up, even over an empty log, and keeps them through a rebuild', async () => {
    const store = createMemoryEventStore();
    const readModels = createMemoryReadModelStore();
    const byBranch: Projection = {
      name: 'by-branch',
      collections: ['accounts'],
      indexes: { accounts: ['branch'] },
      async apply(event, models) {
        await models.put('accounts', event.streamName, { id: event.streamName, branch: (event.data as { branch: string }).branch });
      },
    };
    const runner = createProjectionRunner(byBranch, { store, readModels, checkpoints: createMemoryCheckpointStore() });
    await expect(readModels.listBy('accounts', 'branch', ['north'])).rejects.toThrow('No index on accounts.branch');
    await runner.catchUp();
    expect(await readModels.listBy('accounts', 'branch', ['north'])).toEqual([]);
    await store.appendToStream('account-a', [newEvent('Opened', { branch: 'north' })], { expectedRevision: 'no_stream' });
    await store.appendToStream('account-b', [newEvent('Opened', { branch: 'south' })], { expectedRevision: 'no_stream' });
    await runner.catchUp();
    expect(await readModels.listBy('accounts', 'branch', ['north'])).toEqual([{ id: 'account-a', branch: 'north' }]);
    await runner.rebuild();
    expect(await readModels.listBy('accounts', 'branch', ['south'])).toEqual([{ id: 'account-b', branch: 'south' }]);
  });

  it('rebuilds durable documents kept under an older version before it answers, and keeps those of its own', async () => {
    const store = createMemoryEventStore();
    const readModels = createMemoryReadModelStore();
    const checkpoints = createMemoryCheckpointStore();
    const applied: number[] = [];
    const shaped = (version: number | undefined): Projection => ({
      name: 'shaped',
      collections: ['shaped'],
      ...(version !== undefined && { version }),
      async apply(event, models) {
        applied.push(version ?? 1);
        await models.put('shaped', event.streamName, { shape: version ?? 1 });
      },
    });
    await store.appendToStream('account-a', [newEvent('Opened', {})], { expectedRevision: 'no_stream' });
    await store.appendToStream('account-b', [newEvent('Opened', {})], { expectedRevision: 'no_stream' });
    // Kept before projections had versions: a checkpoint, and no version beside it.
    await createProjectionRunner(shaped(undefined), { store, readModels, checkpoints }).catchUp();
    await checkpoints.reset('projection-version:shaped');
    await createProjectionRunner(shaped(1), { store, readModels, checkpoints }).catchUp();
    expect(applied).toEqual([1, 1]);

    await createProjectionRunner(shaped(2), { store, readModels, checkpoints }).catchUp();
    expect(applied).toEqual([1, 1, 2, 2]);
    expect(await readModels.list('shaped')).toEqual([{ shape: 2 }, { shape: 2 }]);
    await createProjectionRunner(shaped(2), { store, readModels, checkpoints }).catchUp();
    expect(applied).toEqual([1, 1, 2, 2]);
  });

  it('does not skip an event whose handler failed: it tries again', async () => {
    const store = createMemoryEventStore();
    const readModels = createMemoryReadModelStore();
    let failures = 1;
    const flaky: Projection = {
      ...totals,
      async apply(event, models) {
        if (failures-- > 0) throw new Error('read model unavailable');
        await totals.apply(event, models);
      },
    };
    const errors: unknown[] = [];
    const runner = createProjectionRunner(flaky, {
      store,
      readModels,
      checkpoints: createMemoryCheckpointStore(),
      pollIntervalMilliseconds: 5,
      onError: (error) => errors.push(error),
    });
    const appended = await store.appendToStream('account-y', [newEvent('Deposited', { amount: 5 })], { expectedRevision: 'no_stream' });
    runner.start();
    expect(await runner.waitFor(appended.lastPosition, 5_000)).toBe(true);
    await runner.stop();
    expect(errors.length).toBeGreaterThanOrEqual(1);
    expect(await readModels.get('totals', 'account-y')).toMatchObject({ total: 5, count: 1 });
  });
});

describe('idempotency records rebuilt from the log', () => {
  it('restores each key with its request hash and the events it produced', async () => {
    const store = createMemoryEventStore();
    await store.appendToStream(
      'lead-1',
      [newEvent('A', {}, { idempotencyKey: 'k1', requestHash: 'h1' }), newEvent('B', {}, { idempotencyKey: 'k1', requestHash: 'h1' })],
      { expectedRevision: 'no_stream' },
    );
    await store.appendToStream('lead-2', [newEvent('C')], { expectedRevision: 'no_stream' });
    await store.appendToStream('lead-2', [newEvent('D', {}, { idempotencyKey: 'k2', requestHash: 'h2' })], { expectedRevision: 0 });
    const idempotency = createMemoryIdempotencyStore();
    const recorder = createIdempotencyRecorder(idempotency);
    for (const event of await store.readAll()) await recorder.record(event);
    await recorder.flush();
    const events = await store.readAll();
    expect(await idempotency.find('k1')).toEqual({
      requestHash: 'h1',
      result: { streamName: 'lead-1', revision: 1, lastPosition: 2, eventIds: [events[0]?.eventId, events[1]?.eventId], replayed: false },
    });
    expect(await idempotency.find('k2')).toMatchObject({ requestHash: 'h2', result: { streamName: 'lead-2', revision: 1 } });
  });
});
