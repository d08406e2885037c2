import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import {
  checkExpectedRevision,
  DuplicateEventError,
  GENESIS_HASH,
  sealEvents,
  type Correlation,
  type EventStore,
  type NewEvent,
  type RecordedEvent,
  type StoredMetadata,
} from '@ia/kernel';
import { groupCommit } from './group-commit';
import { openDatabase } from './schema';

export interface EventRow {
  position: number;
  event_id: string;
  stream_name: string;
  stream_revision: number;
  type: string;
  schema_version: number;
  data: string;
  metadata: string;
  recorded_at: string;
}

export const COLUMNS = 'position, event_id, stream_name, stream_revision, type, schema_version, data, metadata, recorded_at';
const UNBOUNDED = -1;

export function toRecorded(row: EventRow): RecordedEvent {
  return {
    eventId: row.event_id,
    type: row.type,
    schemaVersion: row.schema_version,
    data: JSON.parse(row.data) as unknown,
    streamName: row.stream_name,
    revision: row.stream_revision,
    position: row.position,
    recordedAt: row.recorded_at,
    metadata: JSON.parse(row.metadata) as StoredMetadata,
  };
}

export interface SqliteEventStore extends EventStore {
  readonly database: Database.Database;
}

interface Append {
  readonly streamName: string;
  readonly events: readonly NewEvent[];
  readonly expected: Parameters<EventStore['appendToStream']>[2]['expectedRevision'];
}

/** The embedded event store: one SQLite file in WAL mode, durable on every acknowledged append. */
export function createSqliteEventStore(file: string, options: { readonly now?: () => string } = {}): SqliteEventStore {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const database = openDatabase(Database, file);
  const now = options.now ?? (() => new Date().toISOString());
  const listeners = new Set<() => void>();

  const statements = {
    streamHead: database.prepare<[string], { stream_revision: number; metadata: string }>(
      'SELECT stream_revision, metadata FROM events WHERE stream_name = ? ORDER BY stream_revision DESC LIMIT 1',
    ),
    eventExists: database.prepare<[string], { found: number }>('SELECT 1 AS found FROM events WHERE event_id = ?'),
    insert: database.prepare(
      `INSERT INTO events (event_id, stream_name, stream_revision, type, schema_version, data, metadata, recorded_at, project_id, lead_id)
       VALUES (@eventId, @streamName, @revision, @type, @schemaVersion, @data, @metadata, @recordedAt, @projectId, @leadId)`,
    ),
    readStream: database.prepare<[string, number, number], EventRow>(
      `SELECT ${COLUMNS} FROM events WHERE stream_name = ? AND stream_revision >= ? ORDER BY stream_revision LIMIT ?`,
    ),
    readAll: database.prepare<[number, number], EventRow>(`SELECT ${COLUMNS} FROM events WHERE position > ? ORDER BY position LIMIT ?`),
    readByProject: database.prepare<[string, number, number], EventRow>(
      `SELECT ${COLUMNS} FROM events WHERE project_id = ? AND position > ? ORDER BY position LIMIT ?`,
    ),
    readByLead: database.prepare<[string, number, number], EventRow>(
      `SELECT ${COLUMNS} FROM events WHERE lead_id = ? AND position > ? ORDER BY position LIMIT ?`,
    ),
    streamsByProject: database.prepare<[string], { stream_name: string }>(
      'SELECT DISTINCT stream_name FROM events WHERE project_id = ? ORDER BY stream_name',
    ),
    streamsByLead: database.prepare<[string], { stream_name: string }>(
      'SELECT DISTINCT stream_name FROM events WHERE lead_id = ? ORDER BY stream_name',
    ),
    head: database.prepare<[], { position: number | null }>('SELECT MAX(position) AS position FROM events'),
  };

  // Runs inside the group's transaction, in a savepoint of its own: see groupCommit.
  const append = groupCommit(
    database,
    ({ streamName, events, expected }: Append): RecordedEvent[] => {
      const head = statements.streamHead.get(streamName);
      const current = head?.stream_revision ?? -1;
      checkExpectedRevision(streamName, expected, current);
      for (const event of events) {
        if (statements.eventExists.get(event.eventId)) throw new DuplicateEventError(event.eventId);
      }
      const previousHash = head ? (JSON.parse(head.metadata) as StoredMetadata).hash : GENESIS_HASH;
      const sealed = sealEvents(streamName, current + 1, previousHash, now(), events);
      return sealed.map((event) => {
        const info = statements.insert.run({
          eventId: event.eventId,
          streamName,
          revision: event.revision,
          type: event.type,
          schemaVersion: event.schemaVersion,
          data: JSON.stringify(event.data),
          metadata: JSON.stringify(event.metadata),
          recordedAt: event.recordedAt,
          projectId: event.metadata.projectId ?? null,
          leadId: event.metadata.leadId ?? null,
        });
        return { ...event, position: Number(info.lastInsertRowid) };
      });
    },
    () => {
      for (const listener of listeners) listener();
    },
  );

  // One statement per set of categories a subscription follows, prepared once. The unary + keeps SQLite from
  // using the stream index, so it walks the log in position order and stops at the limit instead of sorting.
  const byCategories = new Map<string, Database.Statement<unknown[], EventRow>>();
  const readCategories = (categories: readonly string[], after: number, limit: number) => {
    const key = JSON.stringify(categories);
    let statement = byCategories.get(key);
    if (!statement) {
      const match = categories.map(() => '(+stream_name = ? OR (+stream_name >= ? AND +stream_name < ?))').join(' OR ');
      statement = database.prepare<unknown[], EventRow>(
        `SELECT ${COLUMNS} FROM events WHERE position > ? AND (${categories.length > 0 ? match : '0'}) ORDER BY position LIMIT ?`,
      );
      byCategories.set(key, statement);
    }
    // A category holds the stream named after it and every `<category>-…` stream: '.' sorts right after '-'.
    return statement.all(after, ...categories.flatMap((category) => [category, `${category}-`, `${category}.`]), limit);
  };

  const correlated = (correlation: Correlation, after: number, limit: number) =>
    'projectId' in correlation
      ? statements.readByProject.all(correlation.projectId, after, limit)
      : statements.readByLead.all(correlation.leadId, after, limit);

  return {
    database,
    async appendToStream(streamName, events, { expectedRevision }) {
      if (events.length === 0) throw new Error('Nothing to append');
      const recorded = await append({ streamName, events, expected: expectedRevision });
      const last = recorded[recorded.length - 1] as RecordedEvent;
      return { nextExpectedRevision: last.revision, lastPosition: last.position, events: recorded };
    },
    async readStream(streamName, readOptions = {}) {
      return statements.readStream.all(streamName, readOptions.fromRevision ?? 0, readOptions.maxCount ?? UNBOUNDED).map(toRecorded);
    },
    async readAll(readOptions = {}) {
      const after = readOptions.after ?? 0;
      const limit = readOptions.maxCount ?? UNBOUNDED;
      const rows = readOptions.categories ? readCategories(readOptions.categories, after, limit) : statements.readAll.all(after, limit);
      return rows.map(toRecorded);
    },
    async readCorrelated(correlation, readOptions = {}) {
      return correlated(correlation, readOptions.after ?? 0, readOptions.maxCount ?? UNBOUNDED).map(toRecorded);
    },
    async correlatedStreams(correlation) {
      const rows =
        'projectId' in correlation
          ? statements.streamsByProject.all(correlation.projectId)
          : statements.streamsByLead.all(correlation.leadId);
      return rows.map((row) => row.stream_name);
    },
    async headPosition() {
      return statements.head.get()?.position ?? 0;
    },
    onAppended(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async ping() {
      database.prepare('SELECT 1').get();
    },
    async close() {
      if (!database.open) return;
      append.flush();
      database.close();
    },
  };
}
