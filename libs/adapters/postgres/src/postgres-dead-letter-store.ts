import type { DeadLetter, DeadLetterStore, IntegrationMessage } from '@ia/kernel';
import type { PostgresDatabase } from './postgres-connection';
import { upsert } from './postgres-upsert';

interface DeadLetterRow {
  consumer: string;
  message: string;
  error: string;
  attempts: number;
  failed_at: string;
}

/** Messages the embedded bus could not deliver, one row per consumer and event, with the last error. */
export function createPostgresDeadLetterStore(database: PostgresDatabase): DeadLetterStore {
  const letters = database.table('dead_letters');
  const ids = database.table('dead_letter_ids');
  const columns = 'consumer, message, error, attempts, failed_at';
  return {
    async add(deadLetter) {
      const { consumer, message, error, attempts, failedAt } = deadLetter;
      await upsert(
        database.pool,
        {
          sql: `UPDATE ${letters} SET error = $3, attempts = $4, failed_at = $5 WHERE consumer = $1 AND event_id = $2`,
          values: [consumer, message.eventId, error, attempts, failedAt],
        },
        {
          sql: `INSERT INTO ${letters} (id, consumer, event_id, message, error, attempts, failed_at)
                VALUES (nextval('${ids}'), $1, $2, $3, $4, $5, $6)`,
          values: [consumer, message.eventId, JSON.stringify(message), error, attempts, failedAt],
        },
      );
    },
    async list(consumer) {
      const result =
        consumer === undefined
          ? await database.pool.query<DeadLetterRow>(`SELECT ${columns} FROM ${letters} ORDER BY id`)
          : await database.pool.query<DeadLetterRow>(`SELECT ${columns} FROM ${letters} WHERE consumer = $1 ORDER BY id`, [consumer]);
      return result.rows.map((row): DeadLetter => ({
        consumer: row.consumer,
        message: JSON.parse(row.message) as IntegrationMessage,
        error: row.error,
        attempts: row.attempts,
        failedAt: row.failed_at,
      }));
    },
  };
}
