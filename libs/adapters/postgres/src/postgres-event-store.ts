import { randomUUID } from 'node:crypto';
import type { EventStore, ReadAllOptions, RecordedEvent, StoredMetadata } from '@ia/kernel';
import { createAppender } from './postgres-append';
import type { PostgresDatabase } from './postgres-connection';
import { createNotifications } from './postgres-notifications';
import { APPEND_LOCK_PART, schemaLockKey } from './postgres-schema';

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
 * commit out of order). Appends are serialised, as in the embedded store; each costs five round trips whatever
 * its size (postgres-append.ts). Subscribers in other processes wake through LISTEN/NOTIFY; their safety poll
 * covers a lost notice.
 */
export function createPostgresEventStore(database: PostgresDatabase, options: PostgresEventStoreOptions = {}): EventStore {
  const { table, pool } = database;
  const events = table('events');
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

  // Channel and payload are our own identifiers (a schema name, a UUID): safe to write into the statement.
  const append = createAppender(database, {
    lockKey,
    now,
    notify: async () => ((await canNotify()) ? { channel, payload: instance } : undefined),
  });

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
      const recorded = await append(streamName, batch, expectedRevision);
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
