import { randomUUID } from 'node:crypto';
import {
  checkpointStoreContract,
  describeWithRedis,
  idempotencyStoreContract,
  keyStoreContract,
  readModelStoreContract,
} from '@ia/testing';
import { createRedisCheckpointStore } from './redis-checkpoint-store';
import { connectRedis, type RedisClient } from './redis-connection';
import { createRedisIdempotencyStore } from './redis-idempotency-store';
import { createRedisKeyStore } from './redis-key-store';
import { createRedisReadModelStore } from './redis-read-model-store';

const describeOrSkip = describeWithRedis();
const url = process.env['REDIS_URL'] ?? '';
// One prefix per run keeps parallel runs on a shared server apart; everything under it is deleted afterwards.
const keyPrefix = `ia-test-${randomUUID()}:`;

async function removeKeys(client: RedisClient): Promise<void> {
  for await (const batch of client.scanIterator({ MATCH: `${keyPrefix}*`, COUNT: 500 })) {
    if (batch.length > 0) await client.del(batch);
  }
}

async function openClients() {
  const clients: RedisClient[] = [];
  const open = async () => {
    const client = await connectRedis(url);
    clients.push(client);
    return client;
  };
  const dispose = async () => {
    const [first] = clients;
    if (first) await removeKeys(first);
    for (const client of clients) await client.close();
  };
  return { open, dispose };
}

readModelStoreContract(
  'redis',
  async () => {
    const clients = await openClients();
    return { readModels: createRedisReadModelStore(await clients.open(), { keyPrefix }), dispose: clients.dispose };
  },
  describeOrSkip,
);

idempotencyStoreContract(
  'redis',
  async () => {
    const clients = await openClients();
    return { idempotency: createRedisIdempotencyStore(await clients.open(), { keyPrefix }), dispose: clients.dispose };
  },
  describeOrSkip,
);

checkpointStoreContract(
  'redis',
  async () => {
    const clients = await openClients();
    return {
      checkpoints: createRedisCheckpointStore(await clients.open(), { keyPrefix }),
      reopen: async () => createRedisCheckpointStore(await clients.open(), { keyPrefix }),
      dispose: clients.dispose,
    };
  },
  describeOrSkip,
);

describeOrSkip('Redis adapters beyond the contracts', () => {
  let client: RedisClient;
  beforeAll(async () => {
    client = await connectRedis(url);
  });
  afterAll(async () => {
    await removeKeys(client);
    await client.close();
  });

  it('frees a reservation whose holder never came back once its lifetime ends', async () => {
    const idempotency = createRedisIdempotencyStore(client, { keyPrefix, pendingTimeToLiveMilliseconds: 50 });
    const key = randomUUID();
    expect(await idempotency.reserve(key, 'h')).toEqual({ status: 'reserved' });
    await new Promise((resolve) => setTimeout(resolve, 120));
    expect(await idempotency.reserve(key, 'h')).toEqual({ status: 'reserved' });
  });

  it('keeps an index a process built for the next process, and builds one declared over older documents', async () => {
    const collection = `leads-${randomUUID()}`;
    const first = createRedisReadModelStore(client, { keyPrefix });
    await first.put(collection, 'a', { id: 'a', parkId: 'xiangxiang-edz', status: 'open' });
    await first.ensureIndex(collection, 'parkId');
    await first.put(collection, 'b', { id: 'b', parkId: 'xiangxiang-edz', status: 'open' });

    // The next process: the park index is already built; the status index is new over stored documents.
    const next = createRedisReadModelStore(client, { keyPrefix });
    await next.ensureIndex(collection, 'parkId');
    await next.ensureIndex(collection, 'status');
    const ids = async (field: string, value: string) =>
      (await next.listBy<{ id: string }>(collection, field, [value])).map((document) => document.id).sort();
    expect(await ids('parkId', 'xiangxiang-edz')).toEqual(['a', 'b']);
    expect(await ids('status', 'open')).toEqual(['a', 'b']);
    await next.put(collection, 'a', { id: 'a', parkId: 'shaoshan-hitech', status: 'signed' });
    expect(await ids('parkId', 'xiangxiang-edz')).toEqual(['b']);
    expect(await ids('status', 'signed')).toEqual(['a']);
  });

  it('never lets a release erase a completed record', async () => {
    const idempotency = createRedisIdempotencyStore(client, { keyPrefix });
    const key = randomUUID();
    await idempotency.reserve(key, 'h');
    await idempotency.complete(key, { requestHash: 'h', result: 1 });
    await idempotency.release(key);
    expect(await idempotency.find(key)).toEqual({ requestHash: 'h', result: 1 });
    expect(await client.pTTL(`${keyPrefix}idempotency:${key}`)).toBe(-1);
  });
});

keyStoreContract(
  'redis',
  async () => {
    const clients = await openClients();
    return { keys: createRedisKeyStore(await clients.open(), { keyPrefix }), dispose: clients.dispose };
  },
  describeOrSkip,
);
