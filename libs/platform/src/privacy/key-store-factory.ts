import { createMemoryKeyStore } from '@ia/adapters/memory';
import { connectPostgres, createPostgresKeyStore, migrate } from '@ia/adapters/postgres';
import { connectRedis, createRedisKeyStore } from '@ia/adapters/redis';
import { createSqliteKeyStore, type SqliteKeyStore } from '@ia/adapters/sqlite';
import type { KeyStore } from '@ia/kernel';
import type { KeyStoreSetting } from '../config/configuration';

export type ClosableKeyStore = KeyStore & {
  close(): Promise<void>;
  /** The embedded key store's connection: backed up together with the event store's, never alone. */
  readonly database?: SqliteKeyStore['database'];
};

export const OPENED_KEY_STORE = Symbol('OpenedKeyStore');

export async function openKeyStore(setting: KeyStoreSetting): Promise<ClosableKeyStore> {
  switch (setting.kind) {
    case 'sqlite': {
      const keys = createSqliteKeyStore(setting.file);
      return { ...keys, database: keys.database, close: async () => keys.close() };
    }
    case 'memory':
      return { ...createMemoryKeyStore(), close: async () => undefined };
    case 'postgres': {
      const database = await connectPostgres(setting.url);
      await migrate(database).catch(async (error: unknown) => {
        await database.close();
        throw error;
      });
      return { ...createPostgresKeyStore(database), close: () => database.close() };
    }
    case 'redis': {
      const client = await connectRedis(setting.url);
      return { ...createRedisKeyStore(client), close: () => client.close() };
    }
  }
}
