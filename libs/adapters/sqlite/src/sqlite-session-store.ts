import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import type { SessionRecord, SessionStore } from '@ia/kernel';

export interface SqliteSessionStore extends SessionStore {
  close(): void;
}

/**
 * Sessions in a file of their own beside the events: the suite and a command-line tool share it, so a
 * session ended by one is ended for the other. Expired rows are purged as new sessions are saved.
 */
export function createSqliteSessionStore(file: string, now: () => number = Date.now): SqliteSessionStore {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const database = new Database(file);
  database.pragma('journal_mode = WAL');
  database.pragma('synchronous = NORMAL');
  database.pragma('busy_timeout = 10000');
  database.exec(`CREATE TABLE IF NOT EXISTS sessions (
    key TEXT PRIMARY KEY, account_id TEXT NOT NULL, record TEXT NOT NULL, expires_at INTEGER NOT NULL)`);
  database.exec('CREATE INDEX IF NOT EXISTS sessions_by_account ON sessions (account_id)');
  database.exec('CREATE INDEX IF NOT EXISTS sessions_by_expiry ON sessions (expires_at)');
  const upsert = database.prepare(
    `INSERT INTO sessions (key, account_id, record, expires_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (key) DO UPDATE SET account_id = excluded.account_id, record = excluded.record, expires_at = excluded.expires_at`,
  );
  const purge = database.prepare('DELETE FROM sessions WHERE expires_at <= ?');
  const find = database.prepare<[string, number], { record: string }>('SELECT record FROM sessions WHERE key = ? AND expires_at > ?');
  const end = database.prepare<[string, number]>('DELETE FROM sessions WHERE key = ? AND expires_at > ?');
  const ofAccount = database.prepare<[string, number], { key: string; record: string }>(
    'SELECT key, record FROM sessions WHERE account_id = ? AND expires_at > ?',
  );
  return {
    async save(key, record, timeToLiveMilliseconds) {
      const at = now();
      purge.run(at);
      upsert.run(key, record.accountId, JSON.stringify(record), at + timeToLiveMilliseconds);
    },
    async find(key) {
      const row = find.get(key, now());
      return row ? (JSON.parse(row.record) as SessionRecord) : undefined;
    },
    async end(key) {
      return end.run(key, now()).changes > 0;
    },
    async listOf(accountId) {
      return ofAccount.all(accountId, now()).map((row) => ({ key: row.key, record: JSON.parse(row.record) as SessionRecord }));
    },
    close() {
      if (database.open) database.close();
    },
  };
}
