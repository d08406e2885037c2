import { createMemorySessionStore } from '@ia/adapters/memory';
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
    case 'redis': {
      const client = await connectRedis(setting.url);
      return { ...createRedisSessionStore(client), close: () => client.close() };
    }
  }
}
