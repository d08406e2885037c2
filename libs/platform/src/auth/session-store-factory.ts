import { createMemorySessionStore } from '@ia/adapters/memory';
import { connectPostgres, createPostgresSessionStore, migrate } from '@ia/adapters/postgres';
import { connectRedis, createRedisSessionStore } from '@ia/adapters/redis';
import { createSqliteSessionStore } from '@ia/adapters/sqlite';
import type { SessionStore } from '@ia/kernel';
import type { SessionStoreSetting } from './session-settings';

export type ClosableSessionStore = SessionStore & { close(): Promise<void> };

export async function openSessionStore(setting: SessionStoreSetting): Promise<ClosableSessionStore> {
  switch (setting.kind) {
    case 'sqlite': {
      const sessions = createSqliteSessionStore(setting.file);
      return { ...sessions, close: async () => sessions.close() };
    }
    case 'memory':
      return { ...createMemorySessionStore(), close: async () => undefined };
    case 'postgres': {
      const database = await connectPostgres(setting.url);
      await migrate(database).catch(async (error: unknown) => {
        await database.close();
        throw error;
      });
      return { ...createPostgresSessionStore(database), close: () => database.close() };
    }
    case 'redis': {
      const client = await connectRedis(setting.url);
      return { ...createRedisSessionStore(client), close: () => client.close() };
    }
  }
}
