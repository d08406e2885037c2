import type { Pool, PoolClient } from 'pg';
import { isUniqueViolation } from './postgres-connection';

/**
 * Update, else insert, else (another process inserted first) update again: what INSERT ... ON CONFLICT does,
 * written so that databases without that clause run it too.
 */
export async function upsert(
  runner: Pool | PoolClient,
  update: { readonly sql: string; readonly values: readonly unknown[] },
  insert: { readonly sql: string; readonly values: readonly unknown[] },
): Promise<void> {
  if (((await runner.query(update.sql, [...update.values])).rowCount ?? 0) > 0) return;
  try {
    await runner.query(insert.sql, [...insert.values]);
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    await runner.query(update.sql, [...update.values]);
  }
}
