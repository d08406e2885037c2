import type { RestoredStore, SqliteEventStore } from '@ia/adapters/sqlite';
import type { CheckpointStore, EventBus, EventStore, IdempotencyStore, ReadModelStore } from '@ia/kernel';
import type { Configuration } from '../config/configuration';
import { openBus } from './bus-engine';
import { openReadModels } from './read-model-engine';
import { openStore } from './store-engine';

/** The engines one process runs on, chosen by configuration behind the kernel's ports. */
export interface Engines {
  readonly store: EventStore;
  readonly readModels: ReadModelStore;
  readonly idempotency: IdempotencyStore;
  /** Checkpoints of read models: they live beside the read models and start over with them. */
  readonly checkpoints: CheckpointStore;
  readonly bus: EventBus;
  readonly names: { readonly store: string; readonly bus: string; readonly readModels: string };
  /** The embedded store, when events live in SQLite: what scheduled backups copy. */
  readonly sqlite?: SqliteEventStore;
  /** Set on the first start after a restore: read models are rebuilt before the suite answers. */
  readonly restored?: RestoredStore;
  /** How often subscriptions look for events that no notification announced; the kernel's default when absent. */
  readonly pollIntervalMilliseconds?: number;
  close(): Promise<void>;
}

export interface EngineOptions {
  readonly service: string;
  readonly onBusError?: (error: unknown, context: { consumer: string; eventId?: string }) => void;
}

/**
 * Opens the store, then the read models, then the bus; each production engine proves that it answers
 * while opening, so a wrong address stops the start within seconds with a message naming the engine.
 * What opened before a failure is closed again.
 */
export async function createEngines(configuration: Configuration, options: EngineOptions): Promise<Engines> {
  const closers: Array<() => Promise<void>> = [];
  try {
    const opened = await openStore(configuration.store, configuration.idempotencyPendingMilliseconds);
    closers.push(() => opened.store.close());
    const views = await openReadModels(configuration.readModels, configuration.idempotencyPendingMilliseconds);
    closers.push(() => views.readModels.close());
    const { bus, name } = await openBus(configuration, options, opened, views);
    return {
      store: opened.store,
      readModels: views.readModels,
      // Beside the events when they live in PostgreSQL: durable, and shared by every replica of the service.
      idempotency: opened.postgres?.idempotency ?? views.idempotency,
      checkpoints: views.checkpoints,
      bus,
      names: { store: opened.name, bus: name, readModels: views.name },
      ...(opened.sqlite && { sqlite: opened.sqlite }),
      ...(opened.restored && { restored: opened.restored }),
      ...(opened.pollIntervalMilliseconds !== undefined && { pollIntervalMilliseconds: opened.pollIntervalMilliseconds }),
      async close() {
        await bus.stop();
        await views.readModels.close();
        await opened.store.close();
      },
    };
  } catch (error) {
    for (const close of closers.reverse()) await close().catch(() => undefined);
    throw error;
  }
}
