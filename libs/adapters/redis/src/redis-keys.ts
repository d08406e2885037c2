/** Every key this suite writes starts with one prefix, so that tests and tenants can share a server. */
export const DEFAULT_KEY_PREFIX = 'ia:';

export interface RedisKeyOptions {
  readonly keyPrefix?: string;
}

export function redisKeys(options: RedisKeyOptions = {}) {
  const prefix = options.keyPrefix ?? DEFAULT_KEY_PREFIX;
  return {
    readModel: (collection: string) => `${prefix}rm:${collection}`,
    idempotency: (key: string) => `${prefix}idempotency:${key}`,
    checkpoints: () => `${prefix}checkpoints`,
    personKeys: () => `${prefix}person-keys`,
    erasedPersons: () => `${prefix}erased-persons`,
  };
}
