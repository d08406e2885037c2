import type Database from 'better-sqlite3';
import type { DeadLetter, DeadLetterStore, IntegrationMessage } from '@ia/kernel';

interface DeadLetterRow {
  consumer: string;
  message: string;
  error: string;
  attempts: number;
  failed_at: string;
}

export function createSqliteDeadLetterStore(database: Database.Database): DeadLetterStore {
  const insert = database.prepare(
    `INSERT INTO dead_letters (consumer, event_id, message, error, attempts, failed_at) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (consumer, event_id) DO UPDATE SET error = excluded.error, attempts = excluded.attempts, failed_at = excluded.failed_at`,
  );
  const all = database.prepare<[], DeadLetterRow>('SELECT consumer, message, error, attempts, failed_at FROM dead_letters ORDER BY id');
  const byConsumer = database.prepare<[string], DeadLetterRow>(
    'SELECT consumer, message, error, attempts, failed_at FROM dead_letters WHERE consumer = ? ORDER BY id',
  );
  return {
    async add(deadLetter) {
      insert.run(
        deadLetter.consumer,
        deadLetter.message.eventId,
        JSON.stringify(deadLetter.message),
        deadLetter.error,
        deadLetter.attempts,
        deadLetter.failedAt,
      );
    },
    async list(consumer) {
      const rows = consumer === undefined ? all.all() : byConsumer.all(consumer);
      return rows.map((row): DeadLetter => ({
        consumer: row.consumer,
        message: JSON.parse(row.message) as IntegrationMessage,
        error: row.error,
        attempts: row.attempts,
        failedAt: row.failed_at,
      }));
    },
  };
}
