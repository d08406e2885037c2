import { createMemoryCheckpointStore, createMemoryIdempotencyStore, createMemoryReadModelStore } from '@ia/adapters/memory';
import { openRedisStores } from '@ia/adapters/redis';
import type { CheckpointStore, IdempotencyStore, ReadModelStore } from '@ia/kernel';
import type { ReadModelSetting } from '../config/configuration';

export interface OpenedReadModels {
  readonly readModels: ReadModelStore;
  readonly idempotency: IdempotencyStore;
  readonly checkpoints: CheckpointStore;
  readonly name: 'redis' | 'memory';
  /** Checkpoints that outlive the process, when the read models do. */
  readonly durableCheckpoints?: CheckpointStore;
}

export async function openReadModels(setting: ReadModelSetting, pendingMilliseconds?: number): Promise<OpenedReadModels> {
  if (setting.kind === 'redis') {
    const redis = await openRedisStores(
      setting.url,
      pendingMilliseconds === undefined ? {} : { pendingTimeToLiveMilliseconds: pendingMilliseconds },
    );
    return { ...redis, name: 'redis', durableCheckpoints: redis.checkpoints };
  }
  return {
    readModels: createMemoryReadModelStore(),
    idempotency: createMemoryIdempotencyStore(),
    checkpoints: createMemoryCheckpointStore(),
    name: 'memory',
  };
}
