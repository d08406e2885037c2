import { randomUUID } from 'node:crypto';
import {
  ANY,
  NO_STREAM,
  START,
  STREAM_EXISTS,
  StreamNotFoundError,
  WrongExpectedVersionError,
  type AllStreamRecordedEvent,
  type AppendExpectedRevision,
  type EventData,
  type EventStoreDBClient,
  type Position,
} from '@eventstore/db-client';

type Raw = AllStreamRecordedEvent;
interface ReadOptions {
  readonly fromPosition?: Position | 'start' | 'end';
  readonly fromRevision?: bigint | 'start' | 'end';
  readonly maxCount?: number | bigint;
  readonly direction?: 'forwards' | 'backwards';
}

const tick = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * The few calls the adapter makes, with the server's semantics as documented: optimistic
 * concurrency on the exact revision, StreamNotFoundError for a missing stream, $all positions that
 * are log offsets (inclusive forwards, exclusive backwards), and a `$ce-` link written after every
 * event as the standard projections do. Lets the contract run where no container can.
 */
export function simulatedEventStoreDb(): EventStoreDBClient {
  const log: Raw[] = [];
  let offset = 0n;
  const record = (streamId: string, revision: bigint, data: EventData): Raw => {
    offset += 137n;
    const roundTrip = (value: unknown) => JSON.parse(JSON.stringify(value)) as never;
    const raw = {
      streamId,
      id: data.id,
      isJson: true,
      revision,
      type: data.type,
      created: new Date(),
      data: roundTrip(data.data),
      metadata: roundTrip(data.metadata ?? {}),
      position: { commit: offset, prepare: offset },
    } as Raw;
    log.push(raw);
    return raw;
  };
  const current = (streamId: string) => log.filter((raw) => raw.streamId === streamId).at(-1)?.revision;
  const allows = (expected: AppendExpectedRevision, revision: bigint | undefined) =>
    expected === ANY ||
    (expected === NO_STREAM && revision === undefined) ||
    (expected === STREAM_EXISTS && revision !== undefined) ||
    expected === revision;

  async function* yieldAll(events: Raw[]) {
    await tick();
    for (const event of events) yield { event, commitPosition: event.position.commit };
  }

  const client = {
    async appendToStream(streamId: string, events: EventData | EventData[], options: { expectedRevision?: AppendExpectedRevision } = {}) {
      await tick();
      const revision = current(streamId);
      const expected = options.expectedRevision ?? ANY;
      if (!allows(expected, revision))
        throw new WrongExpectedVersionError(undefined, { streamName: streamId, expected, current: revision ?? NO_STREAM });
      let next = revision === undefined ? 0n : revision + 1n;
      for (const data of Array.isArray(events) ? events : [events]) {
        const raw = record(streamId, next, data);
        next += 1n;
        record(`$ce-${streamId.split('-')[0]}`, 0n, {
          id: randomUUID(),
          type: '$>',
          contentType: 'application/json',
          data: `${raw.revision}@${streamId}`,
          metadata: undefined,
        });
      }
      return { success: true, nextExpectedRevision: next - 1n, position: { commit: offset, prepare: offset } };
    },
    readStream(streamId: string, options: ReadOptions = {}) {
      const from = typeof options.fromRevision === 'bigint' ? options.fromRevision : 0n;
      const events = log.filter((raw) => raw.streamId === streamId);
      if (events.length === 0) {
        return (async function* () {
          await tick();
          throw new StreamNotFoundError(undefined, streamId);
        })();
      }
      return yieldAll(events.filter((raw) => raw.revision >= from).slice(0, Number(options.maxCount ?? Number.MAX_SAFE_INTEGER)));
    },
    readAll(options: ReadOptions = {}) {
      const count = Number(options.maxCount ?? Number.MAX_SAFE_INTEGER);
      const from = options.fromPosition;
      if (options.direction === 'backwards') {
        const before = typeof from === 'object' ? from.commit : offset + 1n;
        return yieldAll(
          log
            .filter((raw) => raw.position.commit < before)
            .reverse()
            .slice(0, count),
        );
      }
      const after = typeof from === 'object' ? from.commit : from === START || from === undefined ? 0n : offset + 1n;
      return yieldAll(log.filter((raw) => raw.position.commit >= after).slice(0, count));
    },
    dispose: async () => undefined,
  };
  return client as unknown as EventStoreDBClient;
}
