export * from './kafka-connection';
export * from './kafka-event-bus';
export * from './kafka-message';
export * from './kafka-topics';
