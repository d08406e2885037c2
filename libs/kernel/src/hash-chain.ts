import { createHash } from 'node:crypto';
import { canonicalJson } from './canonical-json';
import type { EventMetadata, NewEvent, RecordedEvent, StoredMetadata } from './envelope';

/** The previous hash of a stream's first event. */
export const GENESIS_HASH = '0'.repeat(64);

interface Hashable {
  readonly eventId: string;
  readonly type: string;
  readonly schemaVersion: number;
  readonly data: unknown;
  readonly streamName: string;
  readonly revision: number;
  readonly recordedAt: string;
  readonly metadata: EventMetadata & { readonly previousHash: string };
}

/** Everything stored about an event except its global position (which ESDB only knows after writing). */
export function hashEvent(event: Hashable): string {
  const { hash: _ignored, ...unhashedMetadata } = event.metadata as StoredMetadata;
  const content = {
    eventId: event.eventId,
    type: event.type,
    schemaVersion: event.schemaVersion,
    data: event.data,
    streamName: event.streamName,
    revision: event.revision,
    recordedAt: event.recordedAt,
    metadata: unhashedMetadata,
  };
  return createHash('sha256').update(canonicalJson(content)).digest('hex');
}

/** Seals new events into the chain of their stream; stores call this inside the append. */
export function sealEvents(
  streamName: string,
  firstRevision: number,
  previousHash: string,
  recordedAt: string,
  events: readonly NewEvent[],
): Array<Omit<RecordedEvent, 'position'>> {
  let link = previousHash;
  return events.map((event, index) => {
    const unsealed = {
      eventId: event.eventId,
      type: event.type,
      schemaVersion: event.schemaVersion,
      data: event.data,
      streamName,
      revision: firstRevision + index,
      recordedAt,
      metadata: { ...event.metadata, previousHash: link },
    };
    const hash = hashEvent(unsealed);
    link = hash;
    return { ...unsealed, metadata: { ...unsealed.metadata, hash } };
  });
}

export type ChainFailureReason = 'HASH_MISMATCH' | 'BROKEN_LINK' | 'REVISION_GAP' | 'WRONG_STREAM';

export type ChainVerification =
  | { readonly valid: true; readonly count: number; readonly lastHash: string }
  | {
      readonly valid: false;
      readonly count: number;
      readonly failure: {
        readonly eventId: string;
        readonly revision: number;
        readonly position: number;
        readonly reason: ChainFailureReason;
        readonly detail: string;
      };
    };

/** Recomputes a stream's chain from its first event and names the first event that does not verify. */
export function verifyChain(streamName: string, events: readonly RecordedEvent[]): ChainVerification {
  let expectedPrevious = GENESIS_HASH;
  for (const [index, event] of events.entries()) {
    const fail = (reason: ChainFailureReason, detail: string): ChainVerification => ({
      valid: false,
      count: events.length,
      failure: { eventId: event.eventId, revision: event.revision, position: event.position, reason, detail },
    });
    if (event.streamName !== streamName) return fail('WRONG_STREAM', `event belongs to ${event.streamName}`);
    if (event.revision !== index) return fail('REVISION_GAP', `expected revision ${index}, found ${event.revision}`);
    if (event.metadata.previousHash !== expectedPrevious) {
      return fail('BROKEN_LINK', 'previous hash does not match the hash of the event before it');
    }
    const recomputed = hashEvent(event);
    if (recomputed !== event.metadata.hash) {
      return fail('HASH_MISMATCH', 'stored content does not match its hash: the event was altered after it was recorded');
    }
    expectedPrevious = recomputed;
  }
  return { valid: true, count: events.length, lastHash: expectedPrevious };
}
