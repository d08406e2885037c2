import type { CheckpointStore } from '@ia/kernel';
import type { RedisClient } from './redis-connection';
import { redisKeys, type RedisKeyOptions } from './redis-keys';

/** Every subscriber's position in one hash beside the read models it belongs to. */
export function createRedisCheckpointStore(client: RedisClient, options: RedisKeyOptions = {}): CheckpointStore {
  const key = redisKeys(options).checkpoints();
  return {
    async load(subscriber) {
      const stored = await client.hGet(key, subscriber);
      return stored === null || stored === undefined ? undefined : Number(stored);
    },
    async save(subscriber, position) {
      await client.hSet(key, subscriber, String(position));
    },
    async reset(subscriber) {
      await client.hDel(key, subscriber);
    },
  };
}
