import type { ReadModelStore } from '@ia/kernel';
import type { RedisClient } from './redis-connection';
import { redisKeys, type RedisKeyOptions } from './redis-keys';

/** One hash per collection: a document is a field holding its JSON, so a list is one HVALS. */
export function createRedisReadModelStore(
  client: RedisClient,
  options: RedisKeyOptions & { readonly close?: () => Promise<void> } = {},
): ReadModelStore {
  const keys = redisKeys(options);
  return {
    async get<T>(collection: string, id: string) {
      const stored = await client.hGet(keys.readModel(collection), id);
      return stored === null || stored === undefined ? undefined : (JSON.parse(stored) as T);
    },
    async put(collection, id, value) {
      await client.hSet(keys.readModel(collection), id, JSON.stringify(value));
    },
    async delete(collection, id) {
      await client.hDel(keys.readModel(collection), id);
    },
    async list<T>(collection: string) {
      const stored = await client.hVals(keys.readModel(collection));
      return stored.map((value) => JSON.parse(value) as T);
    },
    async clear(collections) {
      if (collections.length > 0) await client.del(collections.map((collection) => keys.readModel(collection)));
    },
    async ping() {
      await client.ping();
    },
    async close() {
      await options.close?.();
    },
  };
}
