import type { SessionRecord, SessionStore, StoredSession } from '@ia/kernel';
import type { RedisClient } from './redis-connection';
import { DEFAULT_KEY_PREFIX, type RedisKeyOptions } from './redis-keys';

/**
 * One key per session, expiring with it, and a set per account of its sessions' keys; the set may name
 * sessions that expired since, which a listing skips and drops.
 */
export function createRedisSessionStore(client: RedisClient, options: RedisKeyOptions = {}): SessionStore {
  const prefix = options.keyPrefix ?? DEFAULT_KEY_PREFIX;
  const sessionKey = (key: string) => `${prefix}session:${key}`;
  const accountKey = (accountId: string) => `${prefix}account-sessions:${accountId}`;
  return {
    async save(key, record, timeToLiveMilliseconds) {
      const ttl = Math.max(1, Math.ceil(timeToLiveMilliseconds));
      await client
        .multi()
        .set(sessionKey(key), JSON.stringify(record), { PX: ttl })
        .sAdd(accountKey(record.accountId), key)
        .pExpire(accountKey(record.accountId), ttl, 'GT')
        .exec();
      // A set made just now has no expiry for GT to compare with: give it the session's.
      if ((await client.pTTL(accountKey(record.accountId))) < 0) await client.pExpire(accountKey(record.accountId), ttl);
    },
    async find(key) {
      const stored = await client.get(sessionKey(key));
      return stored ? (JSON.parse(stored) as SessionRecord) : undefined;
    },
    async end(key) {
      const stored = await client.get(sessionKey(key));
      if (!stored) return false;
      const record = JSON.parse(stored) as SessionRecord;
      const [deleted] = await client.multi().del(sessionKey(key)).sRem(accountKey(record.accountId), key).exec();
      return Number(deleted) > 0;
    },
    async listOf(accountId) {
      const keys = await client.sMembers(accountKey(accountId));
      if (keys.length === 0) return [];
      const stored = await client.mGet(keys.map(sessionKey));
      const found: StoredSession[] = [];
      const gone: string[] = [];
      keys.forEach((key, index) => {
        const value = stored[index];
        if (value) found.push({ key, record: JSON.parse(value) as SessionRecord });
        else gone.push(key);
      });
      if (gone.length > 0) await client.sRem(accountKey(accountId), gone);
      return found;
    },
  };
}
