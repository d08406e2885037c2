import type { SessionRecord, SessionStore, StoredSession } from '@ia/kernel';

export function createMemorySessionStore(now: () => number = Date.now): SessionStore {
  const sessions = new Map<string, { record: SessionRecord; until: number }>();
  const live = (key: string) => {
    const found = sessions.get(key);
    if (found && found.until <= now()) sessions.delete(key);
    return found && found.until > now() ? found : undefined;
  };
  return {
    async save(key, record, timeToLiveMilliseconds) {
      sessions.set(key, { record, until: now() + timeToLiveMilliseconds });
    },
    async find(key) {
      return live(key)?.record;
    },
    async end(key) {
      return live(key) !== undefined && sessions.delete(key);
    },
    async listOf(accountId) {
      const found: StoredSession[] = [];
      for (const key of [...sessions.keys()]) {
        const session = live(key);
        if (session?.record.accountId === accountId) found.push({ key, record: session.record });
      }
      return found;
    },
  };
}
