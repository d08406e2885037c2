export const CONFIGURATION = Symbol('Configuration');
export const ENGINES = Symbol('Engines');
export const CLOCK = Symbol('Clock');
export const ID_GENERATOR = Symbol('IdGenerator');
export const SERVICE_NAME = Symbol('ServiceName');
/** The application's metrics, or null when they are off. */
export const METRICS = Symbol('Metrics');
/** The application's tracing, or null when no traces are exported. */
export const TRACING = Symbol('Tracing');

/** The edge's clock: the only place that reads the time, so tests can fix it. */
export interface Clock {
  now(): Date;
}

export type IdGenerator = () => string;

export const systemClock: Clock = { now: () => new Date() };
