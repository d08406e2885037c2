/**
 * Key-value documents grouped in collections: what read models are made of.
 * Values are JSON-serialisable; lists return every document of a collection.
 */
export interface ReadModelStore {
  get<T>(collection: string, id: string): Promise<T | undefined>;
  put<T>(collection: string, id: string, value: T): Promise<void>;
  delete(collection: string, id: string): Promise<void>;
  list<T>(collection: string): Promise<T[]>;
  /** Removes every document of the collections; used by rebuilds. */
  clear(collections: readonly string[]): Promise<void>;
  ping(): Promise<void>;
  close(): Promise<void>;
}

export const READ_MODEL_STORE = Symbol('ReadModelStore');
