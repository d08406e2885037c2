export * from './postgres-connection';
export * from './postgres-schema';
export * from './postgres-event-store';
export * from './postgres-checkpoint-store';
export * from './postgres-dead-letter-store';
export * from './postgres-idempotency-store';
export * from './postgres-key-store';
export * from './postgres-engine';
