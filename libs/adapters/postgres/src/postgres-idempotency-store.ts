import type { IdempotencyRecord, IdempotencyStore, Reservation } from '@ia/kernel';
import { isUniqueViolation, type PostgresDatabase } from './postgres-connection';
import { upsert } from './postgres-upsert';

export interface PostgresIdempotencyOptions {
  /** A reservation whose holder crashed frees itself after this long instead of blocking the key for good. */
  readonly pendingTimeToLiveMilliseconds?: number;
  readonly clock?: () => number;
}

const PENDING_TIME_TO_LIVE = 60_000;

interface KeyRow {
  status: 'pending' | 'completed';
  request_hash: string;
  result: string | null;
  reserved_at: string;
}

/** Idempotency keys of requests and dedupe records of consumers, in the database beside the events. */
export function createPostgresIdempotencyStore(database: PostgresDatabase, options: PostgresIdempotencyOptions = {}): IdempotencyStore {
  const keys = database.table('idempotency_keys');
  const clock = options.clock ?? Date.now;
  const pendingTimeToLive = options.pendingTimeToLiveMilliseconds ?? PENDING_TIME_TO_LIVE;
  const read = async (key: string) =>
    (await database.pool.query<KeyRow>(`SELECT status, request_hash, result, reserved_at FROM ${keys} WHERE idempotency_key = $1`, [key]))
      .rows[0];
  const record = <Result>(row: KeyRow): IdempotencyRecord<Result> => ({
    requestHash: row.request_hash,
    result: (row.result === null ? null : JSON.parse(row.result)) as Result,
  });

  return {
    async reserve<Result>(key: string, requestHash: string): Promise<Reservation<Result>> {
      const at = clock();
      try {
        await database.pool.query(
          `INSERT INTO ${keys} (idempotency_key, status, request_hash, result, reserved_at) VALUES ($1, 'pending', $2, NULL, $3)`,
          [key, requestHash, at],
        );
        return { status: 'reserved' };
      } catch (error) {
        if (!isUniqueViolation(error)) throw error;
      }
      // The holder of an old reservation is presumed dead: exactly one caller takes it over.
      const taken = await database.pool.query(
        `UPDATE ${keys} SET request_hash = $2, reserved_at = $3 WHERE idempotency_key = $1 AND status = 'pending' AND reserved_at < $4`,
        [key, requestHash, at, at - pendingTimeToLive],
      );
      if ((taken.rowCount ?? 0) > 0) return { status: 'reserved' };
      const row = await read(key);
      if (!row) return this.reserve(key, requestHash);
      return row.status === 'completed' ? { status: 'completed', record: record<Result>(row) } : { status: 'in_progress' };
    },
    async complete(key, completed) {
      const values = [key, completed.requestHash, JSON.stringify(completed.result ?? null), clock()];
      await upsert(
        database.pool,
        {
          sql: `UPDATE ${keys} SET status = 'completed', request_hash = $2, result = $3, reserved_at = $4 WHERE idempotency_key = $1`,
          values,
        },
        {
          sql: `INSERT INTO ${keys} (idempotency_key, status, request_hash, result, reserved_at) VALUES ($1, 'completed', $2, $3, $4)`,
          values,
        },
      );
    },
    async release(key) {
      await database.pool.query(`DELETE FROM ${keys} WHERE idempotency_key = $1 AND status = 'pending'`, [key]);
    },
    async find<Result>(key: string) {
      const row = await read(key);
      return row?.status === 'completed' ? record<Result>(row) : undefined;
    },
  };
}
