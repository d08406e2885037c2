import type { SessionRecord, SessionStore } from '@ia/kernel';
import type { PostgresDatabase } from './postgres-connection';
import { upsert } from './postgres-upsert';

/**
 * Console sessions in the database beside the events, so that every process of a deployment sees a sign-out or
 * a disabled account at once. Expired rows are purged as new sessions are saved.
 */
export function createPostgresSessionStore(database: PostgresDatabase, now: () => number = Date.now): SessionStore {
  const sessions = database.table('sessions');
  const { pool } = database;
  return {
    async save(key, record, timeToLiveMilliseconds) {
      const at = now();
      await pool.query(`DELETE FROM ${sessions} WHERE expires_at <= $1`, [at]);
      const values = [key, record.accountId, JSON.stringify(record), at + timeToLiveMilliseconds];
      await upsert(
        pool,
        { sql: `UPDATE ${sessions} SET account_id = $2, record = $3, expires_at = $4 WHERE session_key = $1`, values },
        { sql: `INSERT INTO ${sessions} (session_key, account_id, record, expires_at) VALUES ($1, $2, $3, $4)`, values },
      );
    },
    async find(key) {
      const result = await pool.query<{ record: string }>(`SELECT record FROM ${sessions} WHERE session_key = $1 AND expires_at > $2`, [
        key,
        now(),
      ]);
      return result.rows[0] ? (JSON.parse(result.rows[0].record) as SessionRecord) : undefined;
    },
    async end(key) {
      const result = await pool.query(`DELETE FROM ${sessions} WHERE session_key = $1 AND expires_at > $2`, [key, now()]);
      return (result.rowCount ?? 0) > 0;
    },
    async listOf(accountId) {
      const result = await pool.query<{ session_key: string; record: string }>(
        `SELECT session_key, record FROM ${sessions} WHERE account_id = $1 AND expires_at > $2`,
        [accountId, now()],
      );
      return result.rows.map((row) => ({ key: row.session_key, record: JSON.parse(row.record) as SessionRecord }));
    },
  };
}
