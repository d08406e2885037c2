import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import type { KeyStore } from '@ia/kernel';
import { groupCommit } from './group-commit';

export interface SqliteKeyStore extends KeyStore {
  /** The connection that writes the keys: an online backup taken on it copies writes made meanwhile too. */
  readonly database: Database.Database;
  close(): void;
}

/**
 * Keys in their own file, apart from the events: secure_delete overwrites an erased key's bytes, and a
 * checkpoint of the write-ahead log after each erasure keeps no copy of it there either.
 */
export function createSqliteKeyStore(file: string, now: () => string = () => new Date().toISOString()): SqliteKeyStore {
  mkdirSync(dirname(file), { recursive: true });
  const database = new Database(file);
  database.pragma('journal_mode = WAL');
  database.pragma('synchronous = FULL');
  database.pragma('secure_delete = ON');
  database.pragma('busy_timeout = 10000');
  database.exec(`CREATE TABLE IF NOT EXISTS person_keys (subject TEXT PRIMARY KEY, key BLOB, created_at TEXT NOT NULL, erased_at TEXT)`);
  const find = database.prepare<[string], { key: Buffer | null }>('SELECT key FROM person_keys WHERE subject = ?');
  const insert = database.prepare('INSERT INTO person_keys (subject, key, created_at) VALUES (?, ?, ?) ON CONFLICT (subject) DO NOTHING');
  const erase = database.prepare('UPDATE person_keys SET key = NULL, erased_at = ? WHERE subject = ? AND key IS NOT NULL');
  const markErased = database.prepare(
    'INSERT INTO person_keys (subject, key, created_at, erased_at) VALUES (?, NULL, ?, ?) ON CONFLICT (subject) DO NOTHING',
  );
  const erased = database.prepare<[string], { erased: number }>(
    'SELECT 1 AS erased FROM person_keys WHERE subject = ? AND erased_at IS NOT NULL',
  );
  // Every lead registered and every intake makes a key: concurrent ones share a commit (see groupCommit).
  const createKey = groupCommit(database, ({ subject, key }: { readonly subject: string; readonly key: Uint8Array }) => {
    insert.run(subject, Buffer.from(key), now());
    return find.get(subject)?.key ?? null;
  });

  return {
    database,
    async find(subject) {
      const key = find.get(subject)?.key;
      return key ? new Uint8Array(key) : undefined;
    },
    async create(subject, key) {
      const stored = await createKey({ subject, key });
      if (!stored) throw new Error(`Personal data of ${subject} was erased; no new key is made`);
      return new Uint8Array(stored);
    },
    async erase(subject) {
      const at = now();
      const changed = erase.run(at, subject).changes > 0;
      if (!changed) markErased.run(subject, at, at);
      database.pragma('wal_checkpoint(TRUNCATE)');
      return changed;
    },
    async isErased(subject) {
      return erased.get(subject) !== undefined;
    },
    close() {
      if (!database.open) return;
      createKey.flush();
      database.close();
    },
  };
}
