import { createMemoryEventStore } from '@ia/adapters/memory';
import { connectEventStoreDb, createEventStoreDbStore } from '@ia/adapters/esdb';
import { createSqliteEventStore, openRestoredStore, type RestoredStore, type SqliteEventStore } from '@ia/adapters/sqlite';
import type { EventStore } from '@ia/kernel';
import type { StoreSetting } from '../config/configuration';

export interface OpenedStore {
  readonly store: EventStore;
  readonly name: 'eventstoredb' | 'sqlite' | 'memory';
  /** Set when the events live in SQLite, whose file can hold the bus's checkpoints and dead letters too. */
  readonly sqlite?: SqliteEventStore;
  /** Set on the first start after a restore, once every chain verified against the backup's manifest. */
  readonly restored?: RestoredStore;
}

export async function openStore(setting: StoreSetting): Promise<OpenedStore> {
  switch (setting.kind) {
    case 'esdb':
      return { store: createEventStoreDbStore(await connectEventStoreDb(setting.url)), name: 'eventstoredb' };
    case 'sqlite': {
      const restored = openRestoredStore(setting.file);
      const sqlite = createSqliteEventStore(setting.file);
      return { store: sqlite, name: 'sqlite', sqlite, ...(restored && { restored }) };
    }
    case 'memory':
      return { store: createMemoryEventStore(), name: 'memory' };
  }
}
