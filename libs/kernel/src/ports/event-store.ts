import type { NewEvent, RecordedEvent } from '../envelope';

/**
 * What the writer expects of the stream: `no_stream` (must not exist), `exists`, `any`,
 * or the exact revision of its last event.
 */
export type ExpectedRevision = 'any' | 'no_stream' | 'exists' | number;

export interface AppendResult {
  /** Revision of the last event now in the stream. */
  readonly nextExpectedRevision: number;
  /** Global position of the last appended event. */
  readonly lastPosition: number;
  readonly events: readonly RecordedEvent[];
}

export interface ReadStreamOptions {
  readonly fromRevision?: number;
  readonly maxCount?: number;
}

export interface ReadAllOptions {
  /** Exclusive: events strictly after this global position. 0 reads from the start. */
  readonly after?: number;
  readonly maxCount?: number;
  /** Only events of streams in these categories (`lead` for `lead-…`), still in log order; all when absent. */
  readonly categories?: readonly string[];
}

export type Correlation = { readonly projectId: string } | { readonly leadId: string };

/** The source of truth. Appends are atomic per call, durable once the promise resolves. */
export interface EventStore {
  appendToStream(
    streamName: string,
    events: readonly NewEvent[],
    options: { readonly expectedRevision: ExpectedRevision },
  ): Promise<AppendResult>;
  /** Events of one stream in revision order; an empty list when the stream does not exist. */
  readStream(streamName: string, options?: ReadStreamOptions): Promise<readonly RecordedEvent[]>;
  /** The global log in commit order; never skips an event that a later read could return before it. */
  readAll(options?: ReadAllOptions): Promise<readonly RecordedEvent[]>;
  /** Every event whose metadata names this project or lead, in global order. */
  readCorrelated(correlation: Correlation, options?: ReadAllOptions): Promise<readonly RecordedEvent[]>;
  /** Names of the streams that hold events correlated to this project or lead. */
  correlatedStreams(correlation: Correlation): Promise<readonly string[]>;
  /** Global position of the newest event (0 when empty). */
  headPosition(): Promise<number>;
  /** Calls back (without data) when this process appended, so readers need not wait for a poll. */
  onAppended(listener: () => void): () => void;
  /** Reports whether the engine answers. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

export const EVENT_STORE = Symbol('EventStore');
