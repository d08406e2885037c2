export * from './redis-connection';
export * from './redis-keys';
export * from './redis-read-model-store';
export * from './redis-idempotency-store';
export * from './redis-checkpoint-store';
export * from './redis-engine';
export * from './redis-key-store';
export * from './redis-session-store';
