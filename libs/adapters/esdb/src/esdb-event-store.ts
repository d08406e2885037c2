import { NO_STREAM, WrongExpectedVersionError, type EventStoreDBClient } from '@eventstore/db-client';
import {
  checkExpectedRevision,
  ConcurrencyError,
  DuplicateEventError,
  GENESIS_HASH,
  inCategories,
  matchesCorrelation,
  sealEvents,
  type EventStore,
  type ExpectedRevision,
  type NewEvent,
  type StoredMetadata,
} from '@ia/kernel';
import { pingEventStoreDb } from './esdb-connection';
import { createCorrelationIndex } from './esdb-correlation-index';
import { toEventData } from './esdb-envelope';
import { readHeadPosition, readLog, readRawStream, readSuiteStream } from './esdb-reads';

export interface EventStoreDbOptions {
  readonly now?: () => string;
  /** How often `any` and `exists` re-read and try again when another writer got in first. */
  readonly appendAttempts?: number;
}

const APPEND_ATTEMPTS = 10;

/** Revision, chain link and event ids of a stream as it is now. */
async function streamState(client: EventStoreDBClient, streamName: string) {
  const events = await readRawStream(client, streamName);
  const last = events.at(-1)?.event;
  const metadata = last?.metadata as { metadata?: Partial<StoredMetadata> } | undefined;
  return {
    revision: last ? Number(last.revision) : -1,
    lastHash: metadata?.metadata?.hash ?? GENESIS_HASH,
    eventIds: new Set(events.flatMap((resolved) => (resolved.event ? [resolved.event.id] : []))),
  };
}

function refuseDuplicates(events: readonly NewEvent[], stored: ReadonlySet<string>): void {
  const seen = new Set(stored);
  for (const event of events) {
    if (seen.has(event.eventId)) throw new DuplicateEventError(event.eventId);
    seen.add(event.eventId);
  }
}

/**
 * The EventStore port on EventStoreDB. Every append names the exact revision it sealed against,
 * whatever the caller expected: the hash chain links each event to the one before it, so an event
 * may only land where its link was computed. `any` and `exists` therefore re-read and retry on a
 * conflict instead of passing ANY or STREAM_EXISTS to the server.
 *
 * Duplicate event ids are refused within the target stream (the case of a retried command);
 * EventStoreDB has no global index of event ids and treats a repeated id as an idempotent retry of
 * the latest write rather than an error, so an id reused in another stream goes unnoticed.
 */
export function createEventStoreDbStore(client: EventStoreDBClient, options: EventStoreDbOptions = {}): EventStore {
  const now = options.now ?? (() => new Date().toISOString());
  const attempts = options.appendAttempts ?? APPEND_ATTEMPTS;
  const index = createCorrelationIndex(client);
  const listeners = new Set<() => void>();

  const appendOnce = async (streamName: string, events: readonly NewEvent[], expected: ExpectedRevision) => {
    const state = await streamState(client, streamName);
    checkExpectedRevision(streamName, expected, state.revision);
    refuseDuplicates(events, state.eventIds);
    const sealed = sealEvents(streamName, state.revision + 1, state.lastHash, now(), events);
    await index.remember(streamName, events);
    await client.appendToStream(streamName, sealed.map(toEventData), {
      expectedRevision: state.revision < 0 ? NO_STREAM : BigInt(state.revision),
    });
    // Positions are only known once written: read the new events back by revision.
    const recorded = await readSuiteStream(client, streamName, state.revision + 1, sealed.length);
    if (recorded.map((event) => event.eventId).join() !== sealed.map((event) => event.eventId).join()) {
      throw new Error(`EventStoreDB holds other events than the ones just appended at ${streamName}@${state.revision + 1}`);
    }
    return recorded;
  };

  return {
    async appendToStream(streamName, events, { expectedRevision }) {
      if (events.length === 0) throw new Error('Nothing to append');
      for (let attempt = 1; ; attempt += 1) {
        try {
          const recorded = await appendOnce(streamName, events, expectedRevision);
          for (const listener of listeners) listener();
          const last = recorded[recorded.length - 1];
          if (!last) throw new Error(`EventStoreDB returned nothing for ${streamName}`);
          return { nextExpectedRevision: last.revision, lastPosition: last.position, events: recorded };
        } catch (error) {
          if (!(error instanceof WrongExpectedVersionError)) throw error;
          const flexible = expectedRevision === 'any' || expectedRevision === 'exists';
          if (flexible && attempt < attempts) continue;
          const actual = typeof error.actualVersion === 'bigint' ? String(error.actualVersion) : 'no_stream';
          throw new ConcurrencyError(streamName, String(expectedRevision), actual);
        }
      }
    },
    readStream: (streamName, readOptions = {}) => readSuiteStream(client, streamName, readOptions.fromRevision, readOptions.maxCount),
    readAll: (readOptions = {}) =>
      readLog(client, readOptions.after ?? 0, readOptions.maxCount ?? Number.MAX_SAFE_INTEGER, inCategories(readOptions.categories)),
    async readCorrelated(correlation, readOptions = {}) {
      const after = readOptions.after ?? 0;
      const streams = await index.streams(correlation);
      const events = (await Promise.all(streams.map((streamName) => readSuiteStream(client, streamName)))).flat();
      return events
        .filter((event) => event.position > after && matchesCorrelation(event, correlation))
        .sort((left, right) => left.position - right.position)
        .slice(0, readOptions.maxCount ?? events.length);
    },
    async correlatedStreams(correlation) {
      const streams = await index.streams(correlation);
      const holding = await Promise.all(
        streams.map(async (streamName) =>
          (await readSuiteStream(client, streamName)).some((event) => matchesCorrelation(event, correlation)) ? [streamName] : [],
        ),
      );
      return holding.flat().sort();
    },
    headPosition: () => readHeadPosition(client),
    onAppended(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    ping: () => pingEventStoreDb(client),
    close: () => client.dispose(),
  };
}
