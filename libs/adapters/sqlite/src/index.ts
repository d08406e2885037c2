export * from './sqlite-event-store';
export * from './sqlite-checkpoint-store';
export * from './sqlite-dead-letter-store';
export * from './store-log-bus';
export * from './sqlite-key-store';
export * from './sqlite-session-store';
export * from './backup';
