/**
 * Key-value documents grouped in collections: what read models are made of.
 * Values are JSON-serialisable; lists return every document of a collection.
 */
export interface ReadModelStore {
  get<T>(collection: string, id: string): Promise<T | undefined>;
  put<T>(collection: string, id: string, value: T): Promise<void>;
  delete(collection: string, id: string): Promise<void>;
  list<T>(collection: string): Promise<T[]>;
  /**
   * Keeps the collection's documents indexed by one of their top-level fields (a string, or absent), and
   * builds the index from the documents already stored if it was never built. Declared before first use.
   */
  ensureIndex(collection: string, field: string): Promise<void>;
  /**
   * The documents whose indexed field holds one of the values, in no particular order: a list reads
   * only what it shows instead of the whole collection. An index never declared is a programming error.
   */
  listBy<T>(collection: string, field: string, values: readonly string[]): Promise<T[]>;
  /** Removes every document of the collections, and their indexes' entries; used by rebuilds. */
  clear(collections: readonly string[]): Promise<void>;
  ping(): Promise<void>;
  close(): Promise<void>;
}

export const READ_MODEL_STORE = Symbol('ReadModelStore');
