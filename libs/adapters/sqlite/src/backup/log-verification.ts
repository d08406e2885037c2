import { GENESIS_HASH, hashEvent, type ChainFailureReason, type RecordedEvent } from '@ia/kernel';

export interface StreamHead {
  readonly revision: number;
  readonly hash: string;
}

export interface LogFailure {
  readonly streamName: string;
  readonly eventId: string;
  readonly position: number;
  readonly reason: ChainFailureReason | 'POSITION_ORDER';
  readonly detail: string;
}

export interface LogVerification {
  readonly headPosition: number;
  readonly eventCount: number;
  /** The last event of every stream: what a backup's manifest records and a restore must find again. */
  readonly streams: ReadonlyMap<string, StreamHead>;
  readonly failure?: LogFailure;
}

/**
 * Walks the whole log once, in position order, and checks every stream's hash chain on the way: each event's
 * revision follows the one before it in its stream, its previous hash is that event's hash, and its own hash
 * matches its content. Stops at the first event that does not verify.
 */
export function verifyEventLog(events: Iterable<RecordedEvent>): LogVerification {
  const streams = new Map<string, StreamHead>();
  let headPosition = 0;
  let eventCount = 0;
  const result = (failure?: LogFailure): LogVerification => ({ headPosition, eventCount, streams, ...(failure && { failure }) });
  for (const event of events) {
    const fail = (reason: LogFailure['reason'], detail: string) =>
      result({ streamName: event.streamName, eventId: event.eventId, position: event.position, reason, detail });
    if (event.position <= headPosition) return fail('POSITION_ORDER', `position ${event.position} after ${headPosition}`);
    const before = streams.get(event.streamName);
    const expectedRevision = before ? before.revision + 1 : 0;
    if (event.revision !== expectedRevision) return fail('REVISION_GAP', `expected revision ${expectedRevision}, found ${event.revision}`);
    if (event.metadata.previousHash !== (before?.hash ?? GENESIS_HASH)) {
      return fail('BROKEN_LINK', 'previous hash does not match the hash of the event before it');
    }
    const hash = hashEvent(event);
    if (hash !== event.metadata.hash) return fail('HASH_MISMATCH', 'stored content does not match its hash');
    streams.set(event.streamName, { revision: event.revision, hash });
    headPosition = event.position;
    eventCount += 1;
  }
  return result();
}

/** Differences between a verified log and what a manifest says it held; empty when they agree. */
export function differencesFrom(
  verification: LogVerification,
  expected: { readonly headPosition: number; readonly eventCount: number; readonly streams: Readonly<Record<string, StreamHead>> },
): string[] {
  const differences: string[] = [];
  if (verification.headPosition !== expected.headPosition) {
    differences.push(`head position ${verification.headPosition}, the manifest says ${expected.headPosition}`);
  }
  if (verification.eventCount !== expected.eventCount) {
    differences.push(`${verification.eventCount} events, the manifest says ${expected.eventCount}`);
  }
  for (const [streamName, head] of Object.entries(expected.streams)) {
    const found = verification.streams.get(streamName);
    if (!found) differences.push(`stream ${streamName} is missing`);
    else if (found.revision !== head.revision || found.hash !== head.hash) {
      differences.push(
        `stream ${streamName} ends at revision ${found.revision} (${found.hash}), the manifest says ${head.revision} (${head.hash})`,
      );
    }
  }
  const extra = [...verification.streams.keys()].filter((streamName) => !(streamName in expected.streams));
  if (extra.length > 0) differences.push(`${extra.length} streams the manifest does not know, e.g. ${extra[0]}`);
  return differences;
}
