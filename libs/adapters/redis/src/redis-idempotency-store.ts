import type { IdempotencyRecord, IdempotencyStore, Reservation } from '@ia/kernel';
import type { RedisClient } from './redis-connection';
import { redisKeys, type RedisKeyOptions } from './redis-keys';

export interface RedisIdempotencyOptions extends RedisKeyOptions {
  /** A reservation whose holder crashed frees itself after this long instead of blocking the key for good. */
  readonly pendingTimeToLiveMilliseconds?: number;
  /** Completed records are kept forever unless a lifetime is given: the log can rebuild them anyway. */
  readonly completedTimeToLiveSeconds?: number;
}

type Stored =
  { readonly status: 'pending'; readonly requestHash: string } | { readonly status: 'completed'; readonly record: IdempotencyRecord };

const PENDING_TIME_TO_LIVE = 60_000;
const PENDING_PREFIX = '{"status":"pending"';
const RESERVE_ATTEMPTS = 3;
// Deletes the key only while it still holds a reservation, so a release can never erase a completed record.
const RELEASE_IF_PENDING = `if string.sub(redis.call('GET', KEYS[1]) or '', 1, string.len(ARGV[1])) == ARGV[1] then return redis.call('DEL', KEYS[1]) end return 0`;

export function createRedisIdempotencyStore(client: RedisClient, options: RedisIdempotencyOptions = {}): IdempotencyStore {
  const keys = redisKeys(options);
  const pendingTimeToLive = options.pendingTimeToLiveMilliseconds ?? PENDING_TIME_TO_LIVE;
  const read = async (key: string): Promise<Stored | undefined> => {
    const stored = await client.get(keys.idempotency(key));
    return stored === null ? undefined : (JSON.parse(stored) as Stored);
  };
  return {
    async reserve<Result>(key: string, requestHash: string): Promise<Reservation<Result>> {
      const pending: Stored = { status: 'pending', requestHash };
      for (let attempt = 1; attempt <= RESERVE_ATTEMPTS; attempt += 1) {
        const claimed = await client.set(keys.idempotency(key), JSON.stringify(pending), {
          condition: 'NX',
          expiration: { type: 'PX', value: pendingTimeToLive },
        });
        if (claimed === 'OK') return { status: 'reserved' };
        const stored = await read(key);
        // The holder's reservation expired between the two calls: claim again.
        if (!stored) continue;
        return stored.status === 'pending'
          ? { status: 'in_progress' }
          : { status: 'completed', record: stored.record as IdempotencyRecord<Result> };
      }
      return { status: 'in_progress' };
    },
    async complete(key, record) {
      const stored: Stored = { status: 'completed', record };
      const lifetime = options.completedTimeToLiveSeconds;
      await client.set(
        keys.idempotency(key),
        JSON.stringify(stored),
        lifetime === undefined ? {} : { expiration: { type: 'EX', value: lifetime } },
      );
    },
    async release(key) {
      await client.eval(RELEASE_IF_PENDING, { keys: [keys.idempotency(key)], arguments: [PENDING_PREFIX] });
    },
    async find<Result>(key: string) {
      const stored = await read(key);
      return stored?.status === 'completed' ? (stored.record as IdempotencyRecord<Result>) : undefined;
    },
  };
}
