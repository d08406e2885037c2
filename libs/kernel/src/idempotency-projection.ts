import type { RecordedEvent } from './envelope';
import type { IdempotencyStore } from './ports/idempotency-store';
import type { CommandResult } from './command-handler';

/**
 * Rebuilds idempotency records from the log: every command that used a key left the key and the
 * request hash in its events' metadata, in the same atomic append as its effect.
 */
export function createIdempotencyRecorder(idempotency: IdempotencyStore) {
  let pending: { key: string; requestHash: string; events: RecordedEvent[] } | undefined;

  const flush = async () => {
    if (!pending) return;
    const { key, requestHash, events } = pending;
    pending = undefined;
    const last = events.at(-1);
    if (!last) return;
    const result: CommandResult = {
      streamName: last.streamName,
      revision: last.revision,
      lastPosition: last.position,
      eventIds: events.map((event) => event.eventId),
      replayed: false,
    };
    if (!(await idempotency.find(key))) await idempotency.complete(key, { requestHash, result });
  };

  return {
    async record(event: RecordedEvent): Promise<void> {
      const key = event.metadata.idempotencyKey;
      const continues = pending && key === pending.key && event.streamName === pending.events[0]?.streamName;
      if (!continues) await flush();
      if (key === undefined) return;
      if (continues && pending) pending.events.push(event);
      else pending = { key, requestHash: event.metadata.requestHash ?? '', events: [event] };
    },
    flush,
  };
}
