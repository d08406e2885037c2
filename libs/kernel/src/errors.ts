/** A rule refused a command. The code is stable and is what clients branch on. */
export class DomainError extends Error {
  constructor(
    readonly code: string,
    readonly title: string,
    readonly detail: string,
    readonly extensions: Readonly<Record<string, unknown>> = {},
  ) {
    super(`${code}: ${detail}`);
    this.name = 'DomainError';
  }
}

/** Another writer appended to the stream first. */
export class ConcurrencyError extends Error {
  readonly code = 'STREAM.CONCURRENCY_CONFLICT';
  constructor(
    readonly streamName: string,
    readonly expected: string,
    readonly actual: string,
    /** The client named the revision it saw (If-Match), so the conflict is its to resolve, not ours to retry. */
    readonly clientPinned = false,
  ) {
    super(`Stream ${streamName}: expected revision ${expected}, actual ${actual}`);
    this.name = 'ConcurrencyError';
  }
}

/** The same idempotency key came with a different request, or while the first is still running. */
export class IdempotencyError extends Error {
  constructor(
    readonly code: 'IDEMPOTENCY.KEY_REUSED' | 'IDEMPOTENCY.IN_PROGRESS',
    readonly key: string,
  ) {
    super(`${code}: ${key}`);
    this.name = 'IdempotencyError';
  }
}

/** An event id was appended twice: event ids are the dedupe key of every consumer. */
export class DuplicateEventError extends Error {
  readonly code = 'STREAM.DUPLICATE_EVENT';
  constructor(readonly eventId: string) {
    super(`Event ${eventId} is already stored`);
    this.name = 'DuplicateEventError';
  }
}
