import { createStoreLogBus } from '@ia/adapters/sqlite';
import {
  checkpointStoreContract,
  describeWithPostgres,
  eventBusContract,
  eventStoreContract,
  idempotencyStoreContract,
  keyStoreContract,
  sessionStoreContract,
  temporarySchema,
} from '@ia/testing';
import { connectPostgres } from './postgres-connection';
import { openPostgresStores, type PostgresStores } from './postgres-engine';
import { createPostgresIdempotencyStore } from './postgres-idempotency-store';
import { createPostgresSessionStore } from './postgres-session-store';

const describeOrSkip = describeWithPostgres();
// One schema for the whole file: every contract test makes its own streams, keys and subscribers.
const schema = temporarySchema();
const opened: PostgresStores[] = [];
const open = async () => {
  const stores = await openPostgresStores(schema.url);
  opened.push(stores);
  return stores;
};
const dispose = (stores: PostgresStores) => async () => {
  await stores.store.close();
};
afterAll(async () => {
  if (opened.length > 0) await schema.drop();
});

eventStoreContract(
  'postgres',
  async () => {
    const stores = await open();
    return { store: stores.store, dispose: dispose(stores) };
  },
  describeOrSkip,
);

checkpointStoreContract(
  'postgres',
  async () => {
    const stores = await open();
    return { checkpoints: stores.checkpoints, reopen: async () => (await open()).checkpoints, dispose: dispose(stores) };
  },
  describeOrSkip,
);

idempotencyStoreContract(
  'postgres',
  async () => {
    const stores = await open();
    return { idempotency: stores.idempotency, dispose: dispose(stores) };
  },
  describeOrSkip,
);

keyStoreContract(
  'postgres',
  async () => {
    const stores = await open();
    return { keys: stores.keys, dispose: dispose(stores) };
  },
  describeOrSkip,
);

sessionStoreContract(
  'postgres',
  async () => {
    const stores = await open();
    return { sessions: createPostgresSessionStore(stores.database), dispose: dispose(stores) };
  },
  describeOrSkip,
);

// The embedded bus follows the whole log by stream category: each test gets a log (a schema) of its own.
eventBusContract(
  'embedded store-log bus on postgres',
  async () => {
    const own = temporarySchema();
    const stores = await openPostgresStores(own.url);
    return {
      store: stores.store,
      newBus: async () =>
        createStoreLogBus({
          store: stores.store,
          checkpoints: stores.checkpoints,
          deadLetters: stores.deadLetters,
          dedupe: stores.idempotency,
          backoffMilliseconds: 5,
          pollIntervalMilliseconds: 20,
        }),
      async dispose() {
        await stores.store.close();
        await own.drop();
      },
    };
  },
  describeOrSkip,
);

describeOrSkip('PostgreSQL adapters beyond the contracts', () => {
  afterAll(async () => {
    for (const stores of opened.splice(0)) await stores.store.close();
  });

  it('frees a reservation whose holder never came back once its lifetime ends', async () => {
    const stores = await open();
    let now = 1_000_000;
    const idempotency = createPostgresIdempotencyStore(stores.database, { pendingTimeToLiveMilliseconds: 50, clock: () => now });
    expect(await idempotency.reserve('abandoned', 'h')).toEqual({ status: 'reserved' });
    expect(await idempotency.reserve('abandoned', 'h')).toEqual({ status: 'in_progress' });
    now += 51;
    expect(await idempotency.reserve('abandoned', 'h')).toEqual({ status: 'reserved' });
  });

  it('never lets a release erase a completed record', async () => {
    const { idempotency } = await open();
    await idempotency.reserve('kept', 'h');
    await idempotency.complete('kept', { requestHash: 'h', result: { id: 1 } });
    await idempotency.release('kept');
    expect(await idempotency.find('kept')).toEqual({ requestHash: 'h', result: { id: 1 } });
  });

  it('runs its migrations once, whoever starts first', async () => {
    const fresh = temporarySchema();
    try {
      const all = await Promise.all([1, 2, 3].map(() => openPostgresStores(fresh.url)));
      const database = await connectPostgres(fresh.url);
      const versions = await database.pool.query(`SELECT version FROM ${database.table('schema_migrations')}`);
      expect(versions.rows).toEqual([{ version: 1 }, { version: 2 }]);
      await database.close();
      for (const stores of all) await stores.store.close();
    } finally {
      await fresh.drop();
    }
  });

  it('fails within seconds, naming PostgreSQL and no password, when nothing listens', async () => {
    const started = Date.now();
    await expect(openPostgresStores('postgres://ia:secret@127.0.0.1:1/ia')).rejects.toThrow(
      /^PostgreSQL at postgres:\/\/ia:\*\*\*@127\.0\.0\.1:1\/ia is unreachable/,
    );
    expect(Date.now() - started).toBeLessThan(5_000);
  });
});
