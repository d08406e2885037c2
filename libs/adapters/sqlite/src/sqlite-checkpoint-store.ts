import type Database from 'better-sqlite3';
import type { CheckpointStore } from '@ia/kernel';

/** Durable checkpoints beside the events: the embedded bus resumes where it stopped after a restart. */
export function createSqliteCheckpointStore(
  database: Database.Database,
  now: () => string = () => new Date().toISOString(),
): CheckpointStore {
  const load = database.prepare<[string], { position: number }>('SELECT position FROM checkpoints WHERE subscriber = ?');
  const save = database.prepare(
    `INSERT INTO checkpoints (subscriber, position, updated_at) VALUES (?, ?, ?)
     ON CONFLICT (subscriber) DO UPDATE SET position = excluded.position, updated_at = excluded.updated_at`,
  );
  const reset = database.prepare('DELETE FROM checkpoints WHERE subscriber = ?');
  return {
    async load(subscriber) {
      return load.get(subscriber)?.position;
    },
    async save(subscriber, position) {
      save.run(subscriber, position, now());
    },
    async reset(subscriber) {
      reset.run(subscriber);
    },
  };
}
