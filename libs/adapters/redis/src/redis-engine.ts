import type { CheckpointStore, IdempotencyStore, ReadModelStore } from '@ia/kernel';
import { createRedisCheckpointStore } from './redis-checkpoint-store';
import { connectRedis, type RedisClient, type RedisConnectionOptions } from './redis-connection';
import { createRedisIdempotencyStore, type RedisIdempotencyOptions } from './redis-idempotency-store';
import { createRedisReadModelStore } from './redis-read-model-store';

export interface RedisStores {
  readonly client: RedisClient;
  readonly readModels: ReadModelStore;
  readonly idempotency: IdempotencyStore;
  readonly checkpoints: CheckpointStore;
  close(): Promise<void>;
}

/** Read models, idempotency records and checkpoints over one connection; closing the read models closes it. */
export async function openRedisStores(url: string, options: RedisConnectionOptions & RedisIdempotencyOptions = {}): Promise<RedisStores> {
  const client = await connectRedis(url, options);
  let closing: Promise<void> | undefined;
  const close = () => {
    closing ??= client.isOpen ? client.close() : Promise.resolve();
    return closing;
  };
  return {
    client,
    readModels: createRedisReadModelStore(client, { ...options, close }),
    idempotency: createRedisIdempotencyStore(client, options),
    checkpoints: createRedisCheckpointStore(client, options),
    close,
  };
}
