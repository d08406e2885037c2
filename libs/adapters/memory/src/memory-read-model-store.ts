import type { ReadModelStore } from '@ia/kernel';

/** Read models in process memory: rebuilt from the event store on every boot. */
export function createMemoryReadModelStore(): ReadModelStore {
  const collections = new Map<string, Map<string, string>>();
  const collection = (name: string) => {
    let documents = collections.get(name);
    if (!documents) {
      documents = new Map();
      collections.set(name, documents);
    }
    return documents;
  };
  // Documents are stored serialised so that callers can never mutate a stored value by reference,
  // exactly as with Redis.
  return {
    async get<T>(name: string, id: string) {
      const stored = collections.get(name)?.get(id);
      return stored === undefined ? undefined : (JSON.parse(stored) as T);
    },
    async put(name, id, value) {
      collection(name).set(id, JSON.stringify(value));
    },
    async delete(name, id) {
      collections.get(name)?.delete(id);
    },
    async list<T>(name: string) {
      return [...(collections.get(name)?.values() ?? [])].map((stored) => JSON.parse(stored) as T);
    },
    async clear(names) {
      for (const name of names) collections.delete(name);
    },
    async ping() {},
    async close() {},
  };
}
