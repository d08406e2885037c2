import { Pool, type PoolClient } from 'pg';

export interface PostgresConnectionOptions {
  /** How long the first connection may take before start gives up. */
  readonly connectTimeoutMilliseconds?: number;
  readonly poolSize?: number;
}

/** One database and one schema of it: every table the adapters use lives in that schema. */
export interface PostgresDatabase {
  readonly pool: Pool;
  readonly schema: string;
  /** For connections of their own (LISTEN); carries the password, so it is never logged. */
  readonly connectionString: string;
  /** The URL as it may appear in a log or an error: never with its password, nor the schema parameter. */
  readonly address: string;
  /** `schema.name`, quoted: schema names come from configuration, table names from the code. */
  readonly table: (name: string) => string;
  transaction<T>(work: (client: PoolClient) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

const CONNECT_TIMEOUT = 3_000;
const POOL_SIZE = 5;
const SCHEMA_PATTERN = /^[a-z_][a-z0-9_]{0,62}$/;

/**
 * `postgres://user:password@host:port/database?schema=name`: the schema parameter is the suite's own (default
 * `public`) and is not passed on to the driver.
 */
export function parsePostgresUrl(url: string): { connectionString: string; schema: string; address: string } {
  const parsed = new URL(url);
  const schema = parsed.searchParams.get('schema') ?? 'public';
  if (!SCHEMA_PATTERN.test(schema)) throw new Error(`PostgreSQL schema "${schema}" must be a lower-case identifier`);
  parsed.searchParams.delete('schema');
  const connectionString = parsed.toString();
  if (parsed.password) parsed.password = '***';
  parsed.search = '';
  return { connectionString, schema, address: parsed.toString() };
}

/** Connects and proves the database answers, failing within the timeout with a message naming PostgreSQL. */
export async function connectPostgres(url: string, options: PostgresConnectionOptions = {}): Promise<PostgresDatabase> {
  const { connectionString, schema, address } = parsePostgresUrl(url);
  const timeout = options.connectTimeoutMilliseconds ?? CONNECT_TIMEOUT;
  const pool = new Pool({ connectionString, max: options.poolSize ?? POOL_SIZE, connectionTimeoutMillis: timeout, keepAlive: true });
  // An idle connection that the server drops (a restart) is replaced on next use; without a listener it would crash the process.
  pool.on('error', () => undefined);
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      pool.query('SELECT 1'),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${timeout / 1000} s`)), timeout);
      }),
    ]);
  } catch (error) {
    await pool.end().catch(() => undefined);
    const cause =
      error instanceof AggregateError ? error.errors.map(String).join('; ') : error instanceof Error ? error.message : String(error);
    throw new Error(`PostgreSQL at ${address} is unreachable: ${cause}`, { cause: error });
  } finally {
    clearTimeout(timer);
  }
  let closing: Promise<void> | undefined;
  return {
    pool,
    schema,
    connectionString,
    address,
    table: (name) => `"${schema}"."${name}"`,
    async transaction(work) {
      const client = await pool.connect();
      // A connection whose rollback failed is broken: it goes, instead of back to the pool.
      let broken: Error | undefined;
      try {
        await client.query('BEGIN');
        const result = await work(client);
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch((failure: Error) => (broken = failure));
        throw error;
      } finally {
        client.release(broken);
      }
    },
    close() {
      closing ??= pool.end();
      return closing;
    },
  };
}

/** Whether the error is PostgreSQL's unique violation, optionally of one constraint. */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  const failure = error as { code?: string; constraint?: string };
  return failure?.code === '23505' && (constraint === undefined || failure.constraint === constraint);
}
