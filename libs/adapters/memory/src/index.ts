export * from './memory-event-store';
export * from './memory-read-model-store';
export * from './memory-idempotency-store';
export * from './memory-checkpoint-store';
export * from './memory-dead-letter-store';
export * from './memory-key-store';
export * from './memory-session-store';
