import { randomUUID } from 'node:crypto';
import type { PoolClient } from 'pg';
import {
  checkExpectedRevision,
  DuplicateEventError,
  GENESIS_HASH,
  sealEvents,
  type EventStore,
  type ExpectedRevision,
  type NewEvent,
  type ReadAllOptions,
  type RecordedEvent,
  type StoredMetadata,
  streamCategory,
} from '@ia/kernel';
import { isUniqueViolation, type PostgresDatabase } from './postgres-connection';
import { createNotifications } from './postgres-notifications';
import { APPEND_LOCK_PART, schemaLockKey, SUITE_LOCK } from './postgres-schema';

interface EventRow {
  position: string;
  event_id: string;
  stream_name: string;
  stream_revision: number;
  type: string;
  schema_version: number;
  data: string;
  metadata: string;
  recorded_at: string;
}

const COLUMNS = 'position, event_id, stream_name, stream_revision, type, schema_version, data, metadata, recorded_at';

function toRecorded(row: EventRow): RecordedEvent {
  return {
    eventId: row.event_id,
    type: row.type,
    schemaVersion: row.schema_version,
    data: JSON.parse(row.data) as unknown,
    streamName: row.stream_name,
    revision: row.stream_revision,
    position: Number(row.position),
    recordedAt: row.recorded_at,
    metadata: JSON.parse(row.metadata) as StoredMetadata,
  };
}

const parameters = (count: number, from = 1) => Array.from({ length: count }, (_, index) => `$${index + from}`).join(', ');
const limit = (maxCount: number | undefined) => (maxCount === undefined ? '' : ` LIMIT ${Math.max(0, Math.floor(maxCount))}`);

export interface PostgresEventStoreOptions {
  readonly now?: () => string;
}

/**
 * The production event store on PostgreSQL. Global order: every append takes one advisory lock (per schema)
 * for its whole transaction and draws its positions under it, so transactions commit in position order and a
 * reader can never see position n+1 before n commits (what sequence-numbered stores get wrong when writers
 * commit out of order). Appends are serialised, as in the embedded store; per-append cost stays a few round
 * trips. Subscribers in other processes wake through LISTEN/NOTIFY; their safety poll covers a lost notice.
 */
export function createPostgresEventStore(database: PostgresDatabase, options: PostgresEventStoreOptions = {}): EventStore {
  const { table, pool } = database;
  const events = table('events');
  const positions = table('event_positions');
  const now = options.now ?? (() => new Date().toISOString());
  const lockKey = schemaLockKey(database.schema, APPEND_LOCK_PART);
  const channel = `ia_events_${database.schema}`;
  // Our own appends are announced at once; the notice that comes back for them is ignored.
  const instance = randomUUID();
  const listeners = new Set<() => void>();
  const notifications = createNotifications(database.connectionString, channel);
  let notifying: Promise<boolean> | undefined;
  const canNotify = () =>
    (notifying ??= pool.query('SELECT pg_notify($1, $2)', [channel, instance]).then(
      () => true,
      () => false,
    ));
  const announce = () => {
    for (const listener of listeners) listener();
  };

  const appendWithin = async (client: PoolClient, streamName: string, batch: readonly NewEvent[], expected: ExpectedRevision) => {
    await client.query('SELECT pg_advisory_xact_lock($1, $2)', [SUITE_LOCK, lockKey]);
    const head = await client.query<{ stream_revision: number; metadata: string }>(
      `SELECT stream_revision, metadata FROM ${events} WHERE stream_name = $1 ORDER BY stream_revision DESC LIMIT 1`,
      [streamName],
    );
    const last = head.rows[0];
    const current = last ? Number(last.stream_revision) : -1;
    checkExpectedRevision(streamName, expected, current);
    const ids = batch.map((event) => event.eventId);
    const known = await client.query<{ event_id: string }>(
      `SELECT event_id FROM ${events} WHERE event_id IN (${parameters(ids.length)})`,
      ids,
    );
    if (known.rows[0]) throw new DuplicateEventError(known.rows[0].event_id);
    const previousHash = last ? (JSON.parse(last.metadata) as StoredMetadata).hash : GENESIS_HASH;
    const recorded: RecordedEvent[] = [];
    for (const event of sealEvents(streamName, current + 1, previousHash, now(), batch)) {
      const inserted = await client.query<{ position: string }>(
        `INSERT INTO ${events} (position, event_id, stream_name, stream_revision, category, type, schema_version, data, metadata,
           recorded_at, project_id, lead_id)
         VALUES (nextval('${positions}'), ${parameters(11)}) RETURNING position`,
        [
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
        ],
      );
      recorded.push({ ...event, position: Number(inserted.rows[0]?.position) });
    }
    // Delivered when the transaction commits, never before: a woken reader finds the events there.
    if (await canNotify()) await client.query('SELECT pg_notify($1, $2)', [channel, instance]);
    return recorded;
  };

  const rows = async (sql: string, values: readonly unknown[]) => (await pool.query<EventRow>(sql, [...values])).rows.map(toRecorded);

  const readAll = (readOptions: ReadAllOptions = {}) => {
    const after = readOptions.after ?? 0;
    const categories = readOptions.categories;
    if (categories === undefined)
      return rows(`SELECT ${COLUMNS} FROM ${events} WHERE position > $1 ORDER BY position${limit(readOptions.maxCount)}`, [after]);
    if (categories.length === 0) return Promise.resolve([]);
    return rows(
      `SELECT ${COLUMNS} FROM ${events} WHERE position > $1 AND category IN (${parameters(categories.length, 2)})
       ORDER BY position${limit(readOptions.maxCount)}`,
      [after, ...categories],
    );
  };

  return {
    async appendToStream(streamName, batch, { expectedRevision }) {
      if (batch.length === 0) throw new Error('Nothing to append');
      let recorded: RecordedEvent[];
      try {
        recorded = await database.transaction((client) => appendWithin(client, streamName, batch, expectedRevision));
      } catch (error) {
        // The same event id twice in one batch passes the lookup and meets the unique constraint.
        if (isUniqueViolation(error, 'events_event_id')) throw new DuplicateEventError(batch[0]?.eventId ?? '');
        throw error;
      }
      announce();
      const final = recorded[recorded.length - 1] as RecordedEvent;
      return { nextExpectedRevision: final.revision, lastPosition: final.position, events: recorded };
    },
    readStream(streamName, readOptions = {}) {
      return rows(
        `SELECT ${COLUMNS} FROM ${events} WHERE stream_name = $1 AND stream_revision >= $2 ORDER BY stream_revision${limit(readOptions.maxCount)}`,
        [streamName, readOptions.fromRevision ?? 0],
      );
    },
    readAll,
    readCorrelated(correlation, readOptions = {}) {
      const [column, value] = 'projectId' in correlation ? ['project_id', correlation.projectId] : ['lead_id', correlation.leadId];
      return rows(
        `SELECT ${COLUMNS} FROM ${events} WHERE ${column} = $1 AND position > $2 ORDER BY position${limit(readOptions.maxCount)}`,
        [value, readOptions.after ?? 0],
      );
    },
    async correlatedStreams(correlation) {
      const [column, value] = 'projectId' in correlation ? ['project_id', correlation.projectId] : ['lead_id', correlation.leadId];
      const result = await pool.query<{ stream_name: string }>(
        `SELECT DISTINCT stream_name FROM ${events} WHERE ${column} = $1 ORDER BY stream_name`,
        [value],
      );
      return result.rows.map((row) => row.stream_name);
    },
    async headPosition() {
      const result = await pool.query<{ position: string | null }>(`SELECT MAX(position) AS position FROM ${events}`);
      return Number(result.rows[0]?.position ?? 0);
    },
    onAppended(listener) {
      listeners.add(listener);
      void notifications.listen((payload) => {
        if (payload !== instance) announce();
      });
      return () => listeners.delete(listener);
    },
    async ping() {
      await pool.query('SELECT 1');
    },
    async close() {
      await notifications.close();
      await database.close();
    },
  };
}
