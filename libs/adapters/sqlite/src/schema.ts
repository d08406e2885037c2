import type Database from 'better-sqlite3';

/**
 * Positions come from AUTOINCREMENT inside an IMMEDIATE transaction: SQLite admits one writer at a
 * time across processes, so commit order equals position order and a reader never sees a later
 * position before an earlier one (the gap that makes catch-up subscribers skip events elsewhere).
 */
const STATEMENTS = [
  `CREATE TABLE IF NOT EXISTS events (
     position        INTEGER PRIMARY KEY AUTOINCREMENT,
     event_id        TEXT NOT NULL UNIQUE,
     stream_name     TEXT NOT NULL,
     stream_revision INTEGER NOT NULL,
     type            TEXT NOT NULL,
     schema_version  INTEGER NOT NULL,
     data            TEXT NOT NULL,
     metadata        TEXT NOT NULL,
     recorded_at     TEXT NOT NULL,
     project_id      TEXT,
     lead_id         TEXT,
     UNIQUE (stream_name, stream_revision)
   )`,
  `CREATE INDEX IF NOT EXISTS events_by_project ON events (project_id, position) WHERE project_id IS NOT NULL`,
  `CREATE INDEX IF NOT EXISTS events_by_lead ON events (lead_id, position) WHERE lead_id IS NOT NULL`,
  `CREATE TABLE IF NOT EXISTS checkpoints (
     subscriber TEXT PRIMARY KEY,
     position   INTEGER NOT NULL,
     updated_at TEXT NOT NULL
   )`,
  `CREATE TABLE IF NOT EXISTS dead_letters (
     id         INTEGER PRIMARY KEY AUTOINCREMENT,
     consumer   TEXT NOT NULL,
     event_id   TEXT NOT NULL,
     message    TEXT NOT NULL,
     error      TEXT NOT NULL,
     attempts   INTEGER NOT NULL,
     failed_at  TEXT NOT NULL,
     UNIQUE (consumer, event_id)
   )`,
];

export function openDatabase(DatabaseClass: typeof Database, file: string): Database.Database {
  const database = new DatabaseClass(file);
  database.pragma('journal_mode = WAL');
  // FULL: a commit is on disk before the append is acknowledged, so it survives a crash of the process or the machine.
  database.pragma('synchronous = FULL');
  database.pragma('busy_timeout = 10000');
  for (const statement of STATEMENTS) database.exec(statement);
  return database;
}
