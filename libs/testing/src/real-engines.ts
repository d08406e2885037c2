import { randomUUID } from 'node:crypto';
import { Client } from 'pg';

/**
 * Kafka and PostgreSQL suites run against the real broker and cluster that Jest's global setup started for
 * this run (or that IA_KAFKA_BROKERS / IA_POSTGRES_URL name); where neither could run, they skip and say why.
 */
export function kafkaBrokers(): readonly string[] {
  const brokers = process.env['IA_KAFKA_BROKERS'] ?? '';
  return brokers.split(',').filter(Boolean);
}

export function postgresUrl(): string {
  return process.env['IA_POSTGRES_URL'] ?? '';
}

function skipping(engine: string, reason: string): jest.Describe {
  process.stdout.write(`[skip] ${engine} suites: ${reason}\n`);
  return describe.skip;
}

/** A real Kafka broker: the run's own, or through Testcontainers when `containers` is allowed and a runtime answers. */
export function describeWithKafka(options: { readonly containers?: boolean } = {}): jest.Describe {
  if (kafkaBrokers().length > 0) return describe;
  if (options.containers && process.env['IA_CONTAINER_RUNTIME'] === 'present') return describe;
  return skipping('Kafka', process.env['IA_KAFKA_UNAVAILABLE'] ?? 'no broker started for this run (IA_KAFKA_BROKERS unset)');
}

export function describeWithPostgres(): jest.Describe {
  if (postgresUrl()) return describe;
  return skipping('PostgreSQL', process.env['IA_POSTGRES_UNAVAILABLE'] ?? 'no cluster started for this run (IA_POSTGRES_URL unset)');
}

/** A schema of its own on the run's shared cluster, for one suite or test; `drop` removes it with everything in it. */
export function temporarySchema(prefix = 'ia_test'): { readonly url: string; readonly schema: string; drop(): Promise<void> } {
  const schema = `${prefix}_${randomUUID().replace(/-/g, '').slice(0, 12)}`;
  const url = new URL(postgresUrl());
  url.searchParams.set('schema', schema);
  return {
    url: url.toString(),
    schema,
    async drop() {
      const client = new Client({ connectionString: postgresUrl() });
      await client.connect();
      try {
        await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      } finally {
        await client.end();
      }
    },
  };
}
