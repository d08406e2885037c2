import { createMemoryEventStore } from '@ia/adapters/memory';
import { connectEventStoreDb, createEventStoreDbStore } from '@ia/adapters/esdb';
import { openPostgresStores, type PostgresStores } from '@ia/adapters/postgres';
import { createSqliteEventStore, openRestoredStore, type RestoredStore, type SqliteEventStore } from '@ia/adapters/sqlite';
import type { EventStore } from '@ia/kernel';
import type { StoreSetting } from '../config/configuration';

export interface OpenedStore {
  readonly store: EventStore;
  readonly name: 'eventstoredb' | 'sqlite' | 'memory' | 'postgresql';
  /** Set when the events live in SQLite, whose file can hold the bus's checkpoints and dead letters too. */
  readonly sqlite?: SqliteEventStore;
  /** Set on the first start after a restore, once every chain verified against the backup's manifest. */
  readonly restored?: RestoredStore;
  /** Set when the events live in PostgreSQL: checkpoints, dead letters and idempotency keys live beside them. */
  readonly postgres?: PostgresStores;
  /** How often subscriptions look for events no notification announced; the kernel's default when absent. */
  readonly pollIntervalMilliseconds?: number;
}

/**
 * PostgreSQL wakes subscribers in every process with LISTEN/NOTIFY, so their poll is only a safety net for a
 * notification lost while its connection was down: every few seconds, not every few milliseconds.
 */
const POSTGRES_SAFETY_POLL = 2_000;

export async function openStore(setting: StoreSetting, pendingMilliseconds?: number): Promise<OpenedStore> {
  switch (setting.kind) {
    case 'esdb':
      return { store: createEventStoreDbStore(await connectEventStoreDb(setting.url)), name: 'eventstoredb' };
    case 'postgres': {
      const postgres = await openPostgresStores(
        setting.url,
        pendingMilliseconds === undefined ? {} : { pendingTimeToLiveMilliseconds: pendingMilliseconds },
      );
      return { store: postgres.store, name: 'postgresql', postgres, pollIntervalMilliseconds: POSTGRES_SAFETY_POLL };
    }
    case 'sqlite': {
      const restored = openRestoredStore(setting.file);
      const sqlite = createSqliteEventStore(setting.file);
      return { store: sqlite, name: 'sqlite', sqlite, ...(restored && { restored }) };
    }
    case 'memory':
      return { store: createMemoryEventStore(), name: 'memory' };
  }
}
