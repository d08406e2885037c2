import {
  DuplicateEventError,
  GENESIS_HASH,
  sealEvents,
  checkExpectedRevision,
  inCategories,
  matchesCorrelation,
  type Correlation,
  type EventStore,
  type ExpectedRevision,
  type RecordedEvent,
} from '@ia/kernel';

/** An event store in memory, for tests that need speed more than durability. */
export function createMemoryEventStore(options: { readonly now?: () => string } = {}): EventStore {
  const now = options.now ?? (() => new Date().toISOString());
  const log: RecordedEvent[] = [];
  const streams = new Map<string, RecordedEvent[]>();
  const eventIds = new Set<string>();
  const listeners = new Set<() => void>();

  const select = (events: readonly RecordedEvent[], after = 0, maxCount = Number.MAX_SAFE_INTEGER) =>
    events.filter((event) => event.position > after).slice(0, maxCount);

  return {
    async appendToStream(streamName, events, { expectedRevision }: { expectedRevision: ExpectedRevision }) {
      const stream = streams.get(streamName) ?? [];
      const current = stream.length - 1;
      checkExpectedRevision(streamName, expectedRevision, current);
      for (const event of events) if (eventIds.has(event.eventId)) throw new DuplicateEventError(event.eventId);
      const sealed = sealEvents(streamName, current + 1, stream.at(-1)?.metadata.hash ?? GENESIS_HASH, now(), events);
      const recorded = sealed.map((event, index) => ({ ...event, position: log.length + 1 + index }));
      log.push(...recorded);
      stream.push(...recorded);
      streams.set(streamName, stream);
      for (const event of recorded) eventIds.add(event.eventId);
      for (const listener of listeners) listener();
      return {
        nextExpectedRevision: stream.length - 1,
        lastPosition: log.length,
        events: recorded,
      };
    },
    async readStream(streamName, readOptions = {}) {
      const stream = streams.get(streamName) ?? [];
      return stream.slice(readOptions.fromRevision ?? 0).slice(0, readOptions.maxCount ?? stream.length);
    },
    async readAll(readOptions = {}) {
      const accepts = inCategories(readOptions.categories);
      return select(
        readOptions.categories ? log.filter((event) => accepts(event.streamName)) : log,
        readOptions.after,
        readOptions.maxCount,
      );
    },
    async readCorrelated(correlation: Correlation, readOptions = {}) {
      return select(
        log.filter((event) => matchesCorrelation(event, correlation)),
        readOptions.after,
        readOptions.maxCount,
      );
    },
    async correlatedStreams(correlation) {
      return [...new Set(log.filter((event) => matchesCorrelation(event, correlation)).map((event) => event.streamName))];
    },
    async headPosition() {
      return log.length;
    },
    onAppended(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async ping() {},
    async close() {},
  };
}
