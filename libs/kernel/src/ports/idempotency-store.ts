/** The first outcome of a request, kept under its idempotency key. */
export interface IdempotencyRecord<Result = unknown> {
  readonly requestHash: string;
  readonly result: Result;
}

export type Reservation<Result = unknown> =
  | { readonly status: 'reserved' }
  | { readonly status: 'in_progress' }
  | { readonly status: 'completed'; readonly record: IdempotencyRecord<Result> };

/**
 * Idempotency keys of requests and dedupe of messages share one store: both answer
 * "was this already done, and with what result".
 */
export interface IdempotencyStore {
  /** Atomically claims the key, or tells that it is taken or done. */
  reserve<Result>(key: string, requestHash: string): Promise<Reservation<Result>>;
  complete<Result>(key: string, record: IdempotencyRecord<Result>): Promise<void>;
  /** Gives the key back after a failure, so the client may try again. */
  release(key: string): Promise<void>;
  find<Result>(key: string): Promise<IdempotencyRecord<Result> | undefined>;
}

export const IDEMPOTENCY_STORE = Symbol('IdempotencyStore');
