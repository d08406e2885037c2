export * from './online-backup';
export * from './log-verification';
export * from './manifest';
export * from './event-file';
export * from './take-backup';
export * from './restore';
export * from './restored-start';
export * from './retention';
