import Database from 'better-sqlite3';
import type { RecordedEvent } from '@ia/kernel';
import { COLUMNS, toRecorded, type EventRow } from '../sqlite-event-store';
import { verifyEventLog, type LogVerification } from './log-verification';

/** Reads a copy of the event store (or the store itself, read-only) row by row and verifies every chain. */
export function verifyEventFile(file: string): LogVerification {
  const database = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const rows = database.prepare<[], EventRow>(`SELECT ${COLUMNS} FROM events ORDER BY position`).iterate();
    return verifyEventLog(mapRows(rows));
  } finally {
    database.close();
  }
}

function* mapRows(rows: IterableIterator<EventRow>): Generator<RecordedEvent> {
  for (const row of rows) yield toRecorded(row);
}

export function countKeys(file: string): { held: number; erased: number } {
  const database = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const row = database
      .prepare<[], { held: number | null; erased: number | null }>(
        'SELECT SUM(key IS NOT NULL) AS held, SUM(erased_at IS NOT NULL) AS erased FROM person_keys',
      )
      .get();
    return { held: row?.held ?? 0, erased: row?.erased ?? 0 };
  } finally {
    database.close();
  }
}
