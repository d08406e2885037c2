import {
  BACKWARDS,
  END,
  FORWARDS,
  START,
  StreamNotFoundError,
  type EventStoreDBClient,
  type Position,
  type ResolvedEvent,
} from '@eventstore/db-client';
import type { RecordedEvent } from '@ia/kernel';
import { fromResolved, toPosition } from './esdb-envelope';

const PAGE = 500;
const HEAD_PAGE = 100;

/** A missing stream reads as empty, as the port says. */
export async function readRawStream(
  client: EventStoreDBClient,
  streamName: string,
  fromRevision = 0,
  maxCount = Number.MAX_SAFE_INTEGER,
): Promise<ResolvedEvent[]> {
  if (maxCount <= 0) return [];
  const events: ResolvedEvent[] = [];
  try {
    for await (const resolved of client.readStream(streamName, {
      fromRevision: fromRevision > 0 ? BigInt(fromRevision) : START,
      maxCount,
      direction: FORWARDS,
    })) {
      events.push(resolved);
    }
  } catch (error) {
    if (error instanceof StreamNotFoundError) return [];
    throw error;
  }
  return events;
}

export async function readSuiteStream(
  client: EventStoreDBClient,
  streamName: string,
  fromRevision?: number,
  maxCount?: number,
): Promise<RecordedEvent[]> {
  const raw = await readRawStream(client, streamName, fromRevision, maxCount);
  return raw.map(fromResolved).filter((event): event is RecordedEvent => event !== undefined);
}

const at = (position: number): Position => ({ commit: BigInt(position), prepare: BigInt(position) });

/**
 * Pages $all forward. Every append of this client is an implicit transaction, in which the server
 * gives each event a commit position equal to its own log position: unique, increasing in commit
 * order, and a valid place to resume. A read from a position includes the event there, hence `>`.
 */
export async function readLog(
  client: EventStoreDBClient,
  after: number,
  maxCount: number,
  accepts: (streamName: string) => boolean = () => true,
): Promise<RecordedEvent[]> {
  const found: RecordedEvent[] = [];
  let cursor = after;
  for (;;) {
    let read = 0;
    let last = cursor;
    for await (const resolved of client.readAll({ fromPosition: cursor > 0 ? at(cursor) : START, maxCount: PAGE, direction: FORWARDS })) {
      read += 1;
      const raw = resolved.event;
      if (!raw) continue;
      const position = toPosition(raw.position.commit, raw.id);
      if (position <= cursor) continue;
      last = position;
      // Checked on the stream name before the data is parsed: most of the log is skipped cheaply.
      if (!accepts(raw.streamId)) continue;
      const event = fromResolved(resolved);
      if (event) found.push(event);
      if (found.length >= maxCount) return found;
    }
    if (read < PAGE || last === cursor) return found;
    cursor = last;
  }
}

/** The newest event of the suite: projections append their own `$` events after it, so skip those. */
export async function readHeadPosition(client: EventStoreDBClient): Promise<number> {
  let from: Position | typeof END = END;
  let before = Number.MAX_SAFE_INTEGER;
  for (;;) {
    let read = 0;
    for await (const resolved of client.readAll({ fromPosition: from, maxCount: HEAD_PAGE, direction: BACKWARDS })) {
      read += 1;
      const raw = resolved.event;
      if (!raw) continue;
      const position = toPosition(raw.position.commit, raw.id);
      if (position >= before) continue;
      before = position;
      const event = fromResolved(resolved);
      if (event) return event.position;
    }
    if (read < HEAD_PAGE) return 0;
    from = at(before);
  }
}
