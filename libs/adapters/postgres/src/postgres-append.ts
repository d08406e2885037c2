import {
  checkExpectedRevision,
  DuplicateEventError,
  GENESIS_HASH,
  sealEvents,
  streamCategory,
  type ExpectedRevision,
  type NewEvent,
  type RecordedEvent,
  type StoredMetadata,
} from '@ia/kernel';
import { isUniqueViolation, type PostgresDatabase } from './postgres-connection';
import { SUITE_LOCK } from './postgres-schema';

export interface AppendSettings {
  readonly lockKey: number;
  /** Where NOTIFY tells other processes, or undefined where the database has no NOTIFY. */
  readonly notify: () => Promise<{ readonly channel: string; readonly payload: string } | undefined>;
  readonly now: () => string;
}

const COLUMNS =
  'position, event_id, stream_name, stream_revision, category, type, schema_version, data, metadata, recorded_at, project_id, lead_id';
const PER_ROW = 12;

const placeholders = (count: number, from = 1) => Array.from({ length: count }, (_, index) => `$${index + from}`).join(', ');

/**
 * One append in five round trips whatever its size: lock, read the stream's head and any known event ids,
 * draw the positions, insert every row, notify and commit. The lock is held to the commit, so positions are
 * committed in order; the sequence is moved on by the batch's size in one call under it.
 */
export function createAppender(database: PostgresDatabase, settings: AppendSettings) {
  const events = database.table('events');
  const positions = database.table('event_positions');
  return async (streamName: string, batch: readonly NewEvent[], expected: ExpectedRevision): Promise<RecordedEvent[]> => {
    const ids = batch.map((event) => event.eventId);
    const client = await database.pool.connect();
    let broken: Error | undefined;
    try {
      await client.query(`BEGIN; SELECT pg_advisory_xact_lock(${SUITE_LOCK}, ${settings.lockKey})`);
      const found = await client.query<{ stream_revision: number | null; metadata: string | null; event_id: string | null }>(
        `(SELECT stream_revision, metadata, CAST(NULL AS VARCHAR(100)) AS event_id FROM ${events}
            WHERE stream_name = $1 ORDER BY stream_revision DESC LIMIT 1)
         UNION ALL
         (SELECT CAST(NULL AS INTEGER), CAST(NULL AS TEXT), event_id FROM ${events} WHERE event_id IN (${placeholders(ids.length, 2)}))`,
        [streamName, ...ids],
      );
      const head = found.rows.find((row) => row.event_id === null);
      const known = found.rows.find((row) => row.event_id !== null);
      const current = head ? Number(head.stream_revision) : -1;
      checkExpectedRevision(streamName, expected, current);
      if (known?.event_id) throw new DuplicateEventError(known.event_id);
      const drawn = await client.query<{ last: string }>(`SELECT setval('${positions}', nextval('${positions}') + $1) AS last`, [
        batch.length - 1,
      ]);
      const first = Number(drawn.rows[0]?.last) - batch.length + 1;
      const previousHash = head?.metadata ? (JSON.parse(head.metadata) as StoredMetadata).hash : GENESIS_HASH;
      const recorded = sealEvents(streamName, current + 1, previousHash, settings.now(), batch).map((event, index) => ({
        ...event,
        position: first + index,
      }));
      const values = recorded.flatMap((event) => [
        event.position,
        event.eventId,
        streamName,
        event.revision,
        streamCategory(streamName),
        event.type,
        event.schemaVersion,
        JSON.stringify(event.data),
        JSON.stringify(event.metadata),
        event.recordedAt,
        event.metadata.projectId ?? null,
        event.metadata.leadId ?? null,
      ]);
      const rows = recorded.map((_, index) => `(${placeholders(PER_ROW, index * PER_ROW + 1)})`).join(', ');
      await client.query(`INSERT INTO ${events} (${COLUMNS}) VALUES ${rows}`, values);
      // Delivered when the transaction commits, never before: a woken reader finds the events there.
      const notice = await settings.notify();
      await client.query(notice ? `SELECT pg_notify('${notice.channel}', '${notice.payload}'); COMMIT` : 'COMMIT');
      return recorded;
    } catch (error) {
      await client.query('ROLLBACK').catch((failure: Error) => (broken = failure));
      // The same event id twice in one batch passes the lookup and meets the unique constraint.
      if (isUniqueViolation(error, 'events_event_id')) throw new DuplicateEventError(ids[0] ?? '');
      throw error;
    } finally {
      client.release(broken);
    }
  };
}
