import { indexedValue, UndeclaredIndexError, type ReadModelStore } from '@ia/kernel';
import type { RedisClient } from './redis-connection';
import { redisKeys, type RedisKeyOptions } from './redis-keys';

/** The commands an index change queues on a MULTI. */
interface IndexWrites {
  sRem(key: string, member: string): unknown;
  sAdd(key: string, member: string): unknown;
  hSet(key: string, field: string, value: string): unknown;
  hDel(key: string, field: string): unknown;
}

/**
 * One hash per collection: a document is a field holding its JSON, so a whole list is one HVALS. An
 * indexed field adds a set of ids per value, and a hash of each id's value so a change can move it;
 * documents and index entries change in one MULTI. Each collection has one writer, its projection.
 */
export function createRedisReadModelStore(
  client: RedisClient,
  options: RedisKeyOptions & { readonly close?: () => Promise<void> } = {},
): ReadModelStore {
  const keys = redisKeys(options);
  const declared = new Map<string, Set<string>>();
  const fieldsOf = (collection: string) => [...(declared.get(collection) ?? [])];

  /** Queues the index changes for one document; `next` undefined removes it from the index. */
  const moveInIndexes = async (transaction: IndexWrites, collection: string, id: string, document: unknown) => {
    const fields = fieldsOf(collection);
    const previous = await Promise.all(fields.map((field) => client.hGet(keys.readModelIndexValues(collection, field), id)));
    fields.forEach((field, index) => {
      const before = previous[index] ?? undefined;
      const after = document === undefined ? undefined : indexedValue(document, field);
      if (before === after) return;
      if (before !== undefined) transaction.sRem(keys.readModelIndex(collection, field, before), id);
      if (after === undefined) transaction.hDel(keys.readModelIndexValues(collection, field), id);
      else {
        transaction.sAdd(keys.readModelIndex(collection, field, after), id);
        transaction.hSet(keys.readModelIndexValues(collection, field), id, after);
      }
    });
  };

  const dropIndexEntries = async (collection: string, field: string) => {
    const values = new Set(await client.hVals(keys.readModelIndexValues(collection, field)));
    await client.del([
      keys.readModelIndexValues(collection, field),
      ...[...values].map((value) => keys.readModelIndex(collection, field, value)),
    ]);
  };

  return {
    async get<T>(collection: string, id: string) {
      const stored = await client.hGet(keys.readModel(collection), id);
      return stored === null || stored === undefined ? undefined : (JSON.parse(stored) as T);
    },
    async put(collection, id, value) {
      const transaction = client.multi().hSet(keys.readModel(collection), id, JSON.stringify(value));
      await moveInIndexes(transaction, collection, id, value);
      await transaction.exec();
    },
    async delete(collection, id) {
      const transaction = client.multi().hDel(keys.readModel(collection), id);
      await moveInIndexes(transaction, collection, id, undefined);
      await transaction.exec();
    },
    async list<T>(collection: string) {
      const stored = await client.hVals(keys.readModel(collection));
      return stored.map((value) => JSON.parse(value) as T);
    },
    async ensureIndex(collection, field) {
      const fields = declared.get(collection) ?? new Set<string>();
      declared.set(collection, fields);
      if (fields.has(field)) return;
      fields.add(field);
      if (await client.exists(keys.readModelIndexBuilt(collection, field))) return;
      // Data stored before the index was declared: index every document once, from scratch.
      await dropIndexEntries(collection, field);
      const documents = await client.hGetAll(keys.readModel(collection));
      const transaction = client.multi();
      for (const [id, stored] of Object.entries(documents)) {
        const value = indexedValue(JSON.parse(stored), field);
        if (value === undefined) continue;
        transaction.sAdd(keys.readModelIndex(collection, field, value), id);
        transaction.hSet(keys.readModelIndexValues(collection, field), id, value);
      }
      transaction.set(keys.readModelIndexBuilt(collection, field), new Date().toISOString());
      await transaction.exec();
    },
    async listBy<T>(collection: string, field: string, values: readonly string[]) {
      if (!declared.get(collection)?.has(field)) throw new UndeclaredIndexError(collection, field);
      const members = await Promise.all(values.map((value) => client.sMembers(keys.readModelIndex(collection, field, value))));
      const ids = [...new Set(members.flat())];
      if (ids.length === 0) return [];
      const stored = await client.hmGet(keys.readModel(collection), ids);
      return stored.flatMap((value) => (value === null || value === undefined ? [] : [JSON.parse(value) as T]));
    },
    async clear(collections) {
      if (collections.length === 0) return;
      for (const collection of collections) for (const field of fieldsOf(collection)) await dropIndexEntries(collection, field);
      await client.del(collections.map((collection) => keys.readModel(collection)));
    },
    async ping() {
      await client.ping();
    },
    async close() {
      await options.close?.();
    },
  };
}
