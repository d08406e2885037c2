export * from './esdb-connection';
export * from './esdb-event-store';
