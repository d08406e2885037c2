import type { CheckpointStore, DeadLetterStore, EventStore, IdempotencyStore, KeyStore } from '@ia/kernel';
import { connectPostgres, type PostgresConnectionOptions, type PostgresDatabase } from './postgres-connection';
import { createPostgresCheckpointStore } from './postgres-checkpoint-store';
import { createPostgresDeadLetterStore } from './postgres-dead-letter-store';
import { createPostgresEventStore, type PostgresEventStoreOptions } from './postgres-event-store';
import { createPostgresIdempotencyStore, type PostgresIdempotencyOptions } from './postgres-idempotency-store';
import { createPostgresKeyStore } from './postgres-key-store';
import { migrate } from './postgres-schema';

export interface PostgresStores {
  readonly database: PostgresDatabase;
  /** Closing the store closes the database, and so every store below. */
  readonly store: EventStore;
  readonly checkpoints: CheckpointStore;
  readonly deadLetters: DeadLetterStore;
  readonly idempotency: IdempotencyStore;
  readonly keys: KeyStore;
}

/** Connects, runs the migrations not yet applied, and opens every store over one pool. */
export async function openPostgresStores(
  url: string,
  options: PostgresConnectionOptions & PostgresEventStoreOptions & PostgresIdempotencyOptions = {},
): Promise<PostgresStores> {
  const database = await connectPostgres(url, options);
  try {
    await migrate(database);
  } catch (error) {
    await database.close();
    throw new Error(`PostgreSQL at ${database.address}: the schema could not be brought up to date: ${String(error)}`, { cause: error });
  }
  return {
    database,
    store: createPostgresEventStore(database, options),
    checkpoints: createPostgresCheckpointStore(database),
    deadLetters: createPostgresDeadLetterStore(database),
    idempotency: createPostgresIdempotencyStore(database, options),
    keys: createPostgresKeyStore(database),
  };
}
