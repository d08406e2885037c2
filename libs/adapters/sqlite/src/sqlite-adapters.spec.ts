import { createMemoryIdempotencyStore } from '@ia/adapters/memory';
import { existsSync, readFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import { checkpointStoreContract, eventBusContract, eventStoreContract, keyStoreContract, newEvent, testPublisher } from '@ia/testing';
import { createSqliteKeyStore } from './sqlite-key-store';
import { createSqliteCheckpointStore } from './sqlite-checkpoint-store';
import { createSqliteDeadLetterStore } from './sqlite-dead-letter-store';
import { createSqliteEventStore } from './sqlite-event-store';
import { createStoreLogBus } from './store-log-bus';
import { temporaryDatabase } from './test-support/temporary-file';

eventStoreContract('sqlite', async () => {
  const database = temporaryDatabase();
  const store = createSqliteEventStore(database.file);
  return {
    store,
    async dispose() {
      await store.close();
      database.remove();
    },
  };
});

checkpointStoreContract('sqlite', async () => {
  const database = temporaryDatabase();
  const stores = [createSqliteEventStore(database.file)];
  return {
    checkpoints: createSqliteCheckpointStore((stores[0] as ReturnType<typeof createSqliteEventStore>).database),
    async reopen() {
      const reopened = createSqliteEventStore(database.file);
      stores.push(reopened);
      return createSqliteCheckpointStore(reopened.database);
    },
    async dispose() {
      for (const store of stores) await store.close();
      database.remove();
    },
  };
});

eventBusContract('embedded store-log bus on sqlite', async () => {
  const database = temporaryDatabase();
  const store = createSqliteEventStore(database.file);
  const dedupe = createMemoryIdempotencyStore();
  return {
    store,
    async newBus() {
      return createStoreLogBus({
        store,
        checkpoints: createSqliteCheckpointStore(store.database),
        deadLetters: createSqliteDeadLetterStore(store.database),
        dedupe,
        backoffMilliseconds: 5,
        pollIntervalMilliseconds: 20,
      });
    },
    async dispose() {
      await store.close();
      database.remove();
    },
  };
});

describe('store-log bus with a publisher that cannot map an event', () => {
  it('parks that event for the topic’s followers and goes on with the next', async () => {
    const database = temporaryDatabase();
    const store = createSqliteEventStore(database.file);
    const bus = createStoreLogBus({
      store,
      checkpoints: createSqliteCheckpointStore(store.database),
      deadLetters: createSqliteDeadLetterStore(store.database),
      dedupe: createMemoryIdempotencyStore(),
      pollIntervalMilliseconds: 10,
    });
    const publisher = testPublisher('ia.orders.v1');
    bus.registerPublisher({
      ...publisher,
      toMessage: (event) => {
        if (event.type === 'Broken') throw new Error('data breaks its own contract');
        return publisher.toMessage(event);
      },
    });
    const handled: string[] = [];
    bus.registerConsumer({
      name: 'follower',
      topics: ['ia.orders.v1'],
      validate: () => undefined,
      handle: async (message) => void handled.push(message.type),
    });
    await bus.start();
    await store.appendToStream('order-1', [newEvent('Broken', { amount: 1 }), newEvent('Placed', { amount: 2 })], {
      expectedRevision: 'no_stream',
    });
    expect(await bus.settled(2, 5_000)).toBe(true);
    expect(handled).toEqual(['Placed']);
    const parked = await bus.deadLetters('follower');
    expect(parked).toHaveLength(1);
    expect(parked[0]).toMatchObject({ message: { type: 'Broken', topic: 'ia.orders.v1' }, attempts: 0 });
    expect(parked[0]?.error).toContain('unpublishable: Error: data breaks its own contract');
    await bus.stop();
    await store.close();
    database.remove();
  });
});

describe('store-log bus registration', () => {
  it('refuses two publishers of one stream category', () => {
    const database = temporaryDatabase();
    const store = createSqliteEventStore(database.file);
    const bus = createStoreLogBus({
      store,
      checkpoints: createSqliteCheckpointStore(store.database),
      deadLetters: createSqliteDeadLetterStore(store.database),
      dedupe: createMemoryIdempotencyStore(),
    });
    bus.registerPublisher(testPublisher('ia.a.v1'));
    expect(() => bus.registerPublisher(testPublisher('ia.b.v1'))).toThrow('Stream category order is published by test-orders already');
    void store.close();
    database.remove();
  });
});

keyStoreContract('sqlite', async () => {
  const database = temporaryDatabase();
  const keys = createSqliteKeyStore(database.file);
  return {
    keys,
    async dispose() {
      keys.close();
      database.remove();
    },
  };
});

describe('sqlite key store erasure', () => {
  it('leaves no byte of an erased key in the database file or its log', async () => {
    const database = temporaryDatabase();
    const keys = createSqliteKeyStore(database.file);
    const secret = new Uint8Array(32).fill(0xab);
    await keys.create('person-1', secret);
    await keys.erase('person-1');
    keys.close();
    const raw = new Database(database.file, { readonly: true });
    expect(raw.prepare('SELECT key FROM person_keys').get()).toEqual({ key: null });
    raw.close();
    const needle = Buffer.from(secret);
    for (const file of [database.file, `${database.file}-wal`]) {
      if (existsSync(file)) expect(readFileSync(file).includes(needle)).toBe(false);
    }
    database.remove();
  });
});
