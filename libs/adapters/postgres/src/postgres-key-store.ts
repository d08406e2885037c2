import type { KeyStore } from '@ia/kernel';
import { isUniqueViolation, type PostgresDatabase } from './postgres-connection';

/**
 * Each person's key. An erasure sets the key to NULL and vacuums the table at once, so the old row version
 * holding the key is removed from the table's pages; copies in the write-ahead log and in backups last until
 * those are recycled (say so to whoever runs the database, or keep keys in a store of their own).
 */
export function createPostgresKeyStore(database: PostgresDatabase, now: () => string = () => new Date().toISOString()): KeyStore {
  const keys = database.table('person_keys');
  const find = async (subject: string) =>
    (
      await database.pool.query<{ secret: Buffer | null; erased_at: string | null }>(
        `SELECT secret, erased_at FROM ${keys} WHERE subject = $1`,
        [subject],
      )
    ).rows[0];
  return {
    async find(subject) {
      const secret = (await find(subject))?.secret;
      return secret ? new Uint8Array(secret) : undefined;
    },
    async create(subject, key) {
      try {
        await database.pool.query(`INSERT INTO ${keys} (subject, secret, created_at) VALUES ($1, $2, $3)`, [
          subject,
          Buffer.from(key),
          now(),
        ]);
      } catch (error) {
        if (!isUniqueViolation(error)) throw error;
      }
      const stored = await find(subject);
      if (!stored?.secret) throw new Error(`Personal data of ${subject} was erased; no new key is made`);
      return new Uint8Array(stored.secret);
    },
    async erase(subject) {
      const at = now();
      const changed = await database.pool.query(
        `UPDATE ${keys} SET secret = NULL, erased_at = $2 WHERE subject = $1 AND secret IS NOT NULL`,
        [subject, at],
      );
      if ((changed.rowCount ?? 0) === 0) {
        try {
          await database.pool.query(`INSERT INTO ${keys} (subject, secret, created_at, erased_at) VALUES ($1, NULL, $2, $2)`, [
            subject,
            at,
          ]);
        } catch (error) {
          if (!isUniqueViolation(error)) throw error;
        }
        return false;
      }
      await database.pool.query(`VACUUM ${keys}`).catch(() => undefined);
      return true;
    },
    async isErased(subject) {
      return (await find(subject))?.erased_at != null;
    },
  };
}
