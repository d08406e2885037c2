import type { CheckpointStore } from '@ia/kernel';
import type { PostgresDatabase } from './postgres-connection';
import { upsert } from './postgres-upsert';

/** Durable checkpoints beside the events: relays and the embedded bus resume where they stopped. */
export function createPostgresCheckpointStore(
  database: PostgresDatabase,
  now: () => string = () => new Date().toISOString(),
): CheckpointStore {
  const checkpoints = database.table('checkpoints');
  return {
    async load(subscriber) {
      const result = await database.pool.query<{ position: string }>(`SELECT position FROM ${checkpoints} WHERE subscriber = $1`, [
        subscriber,
      ]);
      return result.rows[0] ? Number(result.rows[0].position) : undefined;
    },
    async save(subscriber, position) {
      const at = now();
      await upsert(
        database.pool,
        { sql: `UPDATE ${checkpoints} SET position = $2, updated_at = $3 WHERE subscriber = $1`, values: [subscriber, position, at] },
        { sql: `INSERT INTO ${checkpoints} (subscriber, position, updated_at) VALUES ($1, $2, $3)`, values: [subscriber, position, at] },
      );
    },
    async reset(subscriber) {
      await database.pool.query(`DELETE FROM ${checkpoints} WHERE subscriber = $1`, [subscriber]);
    },
  };
}
