import { createMemoryCheckpointStore, createMemoryDeadLetterStore } from '@ia/adapters/memory';
import { catalogOf, connectKafkaEventBus } from '@ia/adapters/kafka';
import { createSqliteCheckpointStore, createSqliteDeadLetterStore, createStoreLogBus } from '@ia/adapters/sqlite';
import type { EventBus } from '@ia/kernel';
import type { Configuration } from '../config/configuration';
import { DECLARED_TOPICS } from './declared-topics';
import type { EngineOptions } from './engines';
import type { OpenedReadModels } from './read-model-engine';
import type { OpenedStore } from './store-engine';

export interface OpenedBus {
  readonly bus: EventBus;
  readonly name: 'kafka' | 'embedded';
}

/**
 * Checkpoints of the bus must outlive the process, or each start republishes (Kafka relay) or
 * re-delivers (embedded) the whole log; consumers dedupe either way, so memory is correct, only slow.
 * They live beside the events when the store is a database (PostgreSQL, or the SQLite file); else the
 * Kafka relay keeps `relay:<service>` in Redis when read models live there. Dead letters of the embedded
 * bus live beside the events too.
 */
export async function openBus(
  configuration: Configuration,
  options: EngineOptions,
  opened: OpenedStore,
  views: OpenedReadModels,
): Promise<OpenedBus> {
  const { store, sqlite, postgres } = opened;
  const sqliteCheckpoints = sqlite && createSqliteCheckpointStore(sqlite.database);
  const onError = options.onBusError && { onError: options.onBusError };
  const poll = opened.pollIntervalMilliseconds !== undefined && { pollIntervalMilliseconds: opened.pollIntervalMilliseconds };
  const dedupe = postgres?.idempotency ?? views.idempotency;
  if (configuration.bus.kind === 'kafka') {
    const bus = await connectKafkaEventBus({
      brokers: configuration.bus.brokers,
      clientId: configuration.kafka.clientId,
      topics: catalogOf(DECLARED_TOPICS),
      maximumReplication: configuration.kafka.replicationFactor,
      // Past the lifetime of a dead holder's reservation, with room for the retry that follows.
      inProgressPatienceMilliseconds: configuration.idempotencyPendingMilliseconds + 30_000,
      store,
      checkpoints: postgres?.checkpoints ?? views.durableCheckpoints ?? sqliteCheckpoints ?? createMemoryCheckpointStore(),
      dedupe,
      ...poll,
      ...onError,
    });
    return { bus, name: 'kafka' };
  }
  const bus = createStoreLogBus({
    store,
    checkpoints: postgres?.checkpoints ?? sqliteCheckpoints ?? views.durableCheckpoints ?? createMemoryCheckpointStore(),
    deadLetters: postgres?.deadLetters ?? (sqlite ? createSqliteDeadLetterStore(sqlite.database) : createMemoryDeadLetterStore()),
    dedupe,
    ...poll,
    ...onError,
  });
  return { bus, name: 'embedded' };
}
