import { indexedValue, UndeclaredIndexError, type ReadModelStore } from '@ia/kernel';

/** One field's index of one collection: the ids under each value, and each id's value to move it. */
interface FieldIndex {
  readonly idsByValue: Map<string, Set<string>>;
  readonly valueById: Map<string, string>;
}

function moveInIndex(index: FieldIndex, id: string, next: string | undefined): void {
  const previous = index.valueById.get(id);
  if (previous === next) return;
  if (previous !== undefined) {
    const ids = index.idsByValue.get(previous);
    ids?.delete(id);
    if (ids?.size === 0) index.idsByValue.delete(previous);
  }
  if (next === undefined) {
    index.valueById.delete(id);
    return;
  }
  index.valueById.set(id, next);
  const ids = index.idsByValue.get(next) ?? new Set<string>();
  ids.add(id);
  index.idsByValue.set(next, ids);
}

/** Read models in process memory: rebuilt from the event store on every boot. */
export function createMemoryReadModelStore(): ReadModelStore {
  const collections = new Map<string, Map<string, string>>();
  const indexes = new Map<string, Map<string, FieldIndex>>();
  const collection = (name: string) => {
    let documents = collections.get(name);
    if (!documents) {
      documents = new Map();
      collections.set(name, documents);
    }
    return documents;
  };
  const indexesOf = (name: string) => indexes.get(name)?.values() ?? [];
  // Documents are stored serialised so that callers can never mutate a stored value by reference,
  // exactly as with Redis.
  return {
    async get<T>(name: string, id: string) {
      const stored = collections.get(name)?.get(id);
      return stored === undefined ? undefined : (JSON.parse(stored) as T);
    },
    async put(name, id, value) {
      collection(name).set(id, JSON.stringify(value));
      for (const [field, index] of indexes.get(name) ?? []) moveInIndex(index, id, indexedValue(value, field));
    },
    async delete(name, id) {
      collections.get(name)?.delete(id);
      for (const index of indexesOf(name)) moveInIndex(index, id, undefined);
    },
    async list<T>(name: string) {
      return [...(collections.get(name)?.values() ?? [])].map((stored) => JSON.parse(stored) as T);
    },
    async ensureIndex(name, field) {
      const fields = indexes.get(name) ?? new Map<string, FieldIndex>();
      indexes.set(name, fields);
      if (fields.has(field)) return;
      const index: FieldIndex = { idsByValue: new Map(), valueById: new Map() };
      for (const [id, stored] of collections.get(name) ?? []) moveInIndex(index, id, indexedValue(JSON.parse(stored), field));
      fields.set(field, index);
    },
    async listBy<T>(name: string, field: string, values: readonly string[]) {
      const index = indexes.get(name)?.get(field);
      if (!index) throw new UndeclaredIndexError(name, field);
      const documents = collections.get(name);
      const ids = new Set(values.flatMap((value) => [...(index.idsByValue.get(value) ?? [])]));
      return [...ids].flatMap((id) => {
        const stored = documents?.get(id);
        return stored === undefined ? [] : [JSON.parse(stored) as T];
      });
    },
    async clear(names) {
      for (const name of names) {
        collections.delete(name);
        for (const index of indexesOf(name)) {
          index.idsByValue.clear();
          index.valueById.clear();
        }
      }
    },
    async ping() {},
    async close() {},
  };
}
