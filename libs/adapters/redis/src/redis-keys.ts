/** Every key this suite writes starts with one prefix, so that tests and tenants can share a server. */
export const DEFAULT_KEY_PREFIX = 'ia:';

export interface RedisKeyOptions {
  readonly keyPrefix?: string;
}

export function redisKeys(options: RedisKeyOptions = {}) {
  const prefix = options.keyPrefix ?? DEFAULT_KEY_PREFIX;
  return {
    readModel: (collection: string) => `${prefix}rm:${collection}`,
    /** The ids of a collection's documents whose field holds the value. */
    readModelIndex: (collection: string, field: string, value: string) => `${prefix}rmi:${collection}:${field}:${value}`,
    /** Each indexed id's value, to move it when the document changes, and to find the index's sets. */
    readModelIndexValues: (collection: string, field: string) => `${prefix}rmiv:${collection}:${field}`,
    /** Set once the index holds every document: an index declared over older data is built first. */
    readModelIndexBuilt: (collection: string, field: string) => `${prefix}rmib:${collection}:${field}`,
    idempotency: (key: string) => `${prefix}idempotency:${key}`,
    checkpoints: () => `${prefix}checkpoints`,
    personKeys: () => `${prefix}person-keys`,
    erasedPersons: () => `${prefix}erased-persons`,
  };
}
