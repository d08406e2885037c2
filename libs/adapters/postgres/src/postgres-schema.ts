import type { PostgresDatabase } from './postgres-connection';

/**
 * The suite's tables, created and changed by numbered migrations that run at start. The SQL keeps to plain
 * tables, indexes, sequences and advisory locks (no extensions, no JSON types, no INSERT ... ON CONFLICT), so
 * that PostgreSQL-compatible databases (openGauss, KingbaseES) run it as well.
 */
const MIGRATIONS: ReadonlyArray<(table: (name: string) => string) => readonly string[]> = [
  (table) => [
    `CREATE SEQUENCE ${table('event_positions')}`,
    // Data and metadata stay text, byte for byte as written: the hash chain covers them.
    `CREATE TABLE ${table('events')} (
       position        BIGINT PRIMARY KEY,
       event_id        VARCHAR(100) NOT NULL,
       stream_name     VARCHAR(300) NOT NULL,
       stream_revision INTEGER NOT NULL,
       category        VARCHAR(300) NOT NULL,
       type            VARCHAR(200) NOT NULL,
       schema_version  INTEGER NOT NULL,
       data            TEXT NOT NULL,
       metadata        TEXT NOT NULL,
       recorded_at     VARCHAR(40) NOT NULL,
       project_id      VARCHAR(100),
       lead_id         VARCHAR(100),
       CONSTRAINT events_event_id UNIQUE (event_id),
       CONSTRAINT events_stream_revision UNIQUE (stream_name, stream_revision)
     )`,
    `CREATE INDEX events_by_category ON ${table('events')} (category, position)`,
    `CREATE INDEX events_by_project ON ${table('events')} (project_id, position)`,
    `CREATE INDEX events_by_lead ON ${table('events')} (lead_id, position)`,
    `CREATE TABLE ${table('checkpoints')} (
       subscriber VARCHAR(300) PRIMARY KEY,
       position   BIGINT NOT NULL,
       updated_at VARCHAR(40) NOT NULL
     )`,
    `CREATE TABLE ${table('idempotency_keys')} (
       idempotency_key VARCHAR(500) PRIMARY KEY,
       status          VARCHAR(20) NOT NULL,
       request_hash    VARCHAR(200) NOT NULL,
       result          TEXT,
       reserved_at     BIGINT NOT NULL
     )`,
    `CREATE SEQUENCE ${table('dead_letter_ids')}`,
    `CREATE TABLE ${table('dead_letters')} (
       id        BIGINT PRIMARY KEY,
       consumer  VARCHAR(300) NOT NULL,
       event_id  VARCHAR(300) NOT NULL,
       message   TEXT NOT NULL,
       error     TEXT NOT NULL,
       attempts  INTEGER NOT NULL,
       failed_at VARCHAR(40) NOT NULL,
       CONSTRAINT dead_letters_consumer_event UNIQUE (consumer, event_id)
     )`,
    `CREATE TABLE ${table('person_keys')} (
       subject    VARCHAR(300) PRIMARY KEY,
       secret     BYTEA,
       created_at VARCHAR(40) NOT NULL,
       erased_at  VARCHAR(40)
     )`,
  ],
  (table) => [
    `CREATE TABLE ${table('sessions')} (
       session_key VARCHAR(200) PRIMARY KEY,
       account_id  VARCHAR(200) NOT NULL,
       record      TEXT NOT NULL,
       expires_at  BIGINT NOT NULL
     )`,
    `CREATE INDEX sessions_by_account ON ${table('sessions')} (account_id)`,
    `CREATE INDEX sessions_by_expiry ON ${table('sessions')} (expires_at)`,
  ],
];

/** Advisory lock keys of the suite: the first number is the suite's, the second the schema's. */
export const SUITE_LOCK = 0x1a5017e;
export const MIGRATION_LOCK_PART = 1;
export const APPEND_LOCK_PART = 2;

/** A stable 31-bit number per schema, so that two schemas in one database never wait for each other's locks. */
export function schemaLockKey(schema: string, part: number): number {
  let hash = 17 * 31 + part;
  for (const character of schema) hash = (hash * 31 + (character.codePointAt(0) ?? 0)) % 0x7fffffff;
  return hash;
}

/** Runs the migrations not yet applied, one process at a time (the others wait on the advisory lock). */
export async function migrate(database: PostgresDatabase, now: () => string = () => new Date().toISOString()): Promise<number> {
  const { schema, table } = database;
  return database.transaction(async (client) => {
    await client.query('SELECT pg_advisory_xact_lock($1, $2)', [SUITE_LOCK, schemaLockKey(schema, MIGRATION_LOCK_PART)]);
    const exists = await client.query('SELECT 1 FROM information_schema.schemata WHERE schema_name = $1', [schema]);
    if (exists.rowCount === 0) await client.query(`CREATE SCHEMA "${schema}"`);
    const known = await client.query('SELECT 1 FROM information_schema.tables WHERE table_schema = $1 AND table_name = $2', [
      schema,
      'schema_migrations',
    ]);
    if (known.rowCount === 0) {
      await client.query(`CREATE TABLE ${table('schema_migrations')} (version INTEGER PRIMARY KEY, applied_at VARCHAR(40) NOT NULL)`);
    }
    const applied = await client.query<{ version: number }>(`SELECT version FROM ${table('schema_migrations')}`);
    const done = new Set(applied.rows.map((row) => Number(row.version)));
    let count = 0;
    for (const [index, migration] of MIGRATIONS.entries()) {
      const version = index + 1;
      if (done.has(version)) continue;
      for (const statement of migration(table)) await client.query(statement);
      await client.query(`INSERT INTO ${table('schema_migrations')} (version, applied_at) VALUES ($1, $2)`, [version, now()]);
      count += 1;
    }
    return count;
  });
}
