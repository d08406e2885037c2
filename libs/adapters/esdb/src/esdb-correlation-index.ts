import { randomUUID } from 'node:crypto';
import { ANY, jsonEvent, type EventStoreDBClient } from '@eventstore/db-client';
import type { Correlation, NewEvent } from '@ia/kernel';
import { readRawStream } from './esdb-reads';

const INDEX_PREFIX = 'ia-correlation-';
const POINTER_TYPE = 'StreamCorrelated';
const REMEMBERED_LIMIT = 10_000;

export function isCorrelationIndex(streamName: string): boolean {
  return streamName.startsWith(INDEX_PREFIX);
}

function indexStream(correlation: Correlation): string {
  return 'projectId' in correlation ? `${INDEX_PREFIX}project-${correlation.projectId}` : `${INDEX_PREFIX}lead-${correlation.leadId}`;
}

function correlationsOf(events: readonly NewEvent[]): Correlation[] {
  const projects = new Set(events.flatMap((event) => (event.metadata.projectId ? [event.metadata.projectId] : [])));
  const leads = new Set(events.flatMap((event) => (event.metadata.leadId ? [event.metadata.leadId] : [])));
  return [...[...projects].map((projectId) => ({ projectId })), ...[...leads].map((leadId) => ({ leadId }))];
}

/**
 * Which streams ever held events of a project or a lead. EventStoreDB cannot filter $all by
 * metadata, and its `$by_correlation_id` projection takes one id per event (ours carry a project and
 * a lead) and lags behind the append, so a read straight after a write would miss it. Instead each
 * append first records "stream S belongs to project P" in `ia-correlation-project-P`, then appends
 * the events. Without multi-stream transactions this order is the safe one: a crash in between leaves
 * a pointer to a stream without such events, never an event without a pointer. Readers therefore
 * read the named streams themselves (the source of truth) and keep only the events whose metadata
 * matches.
 */
export function createCorrelationIndex(client: EventStoreDBClient) {
  const remembered = new Set<string>();
  return {
    async remember(streamName: string, events: readonly NewEvent[]): Promise<void> {
      const pending = correlationsOf(events)
        .map(indexStream)
        .filter((index) => !remembered.has(`${index}\n${streamName}`));
      await Promise.all(
        pending.map((index) =>
          client.appendToStream(index, jsonEvent({ id: randomUUID(), type: POINTER_TYPE, data: { streamName } }), {
            expectedRevision: ANY,
          }),
        ),
      );
      if (remembered.size + pending.length > REMEMBERED_LIMIT) remembered.clear();
      for (const index of pending) remembered.add(`${index}\n${streamName}`);
    },
    async streams(correlation: Correlation): Promise<string[]> {
      const pointers = await readRawStream(client, indexStream(correlation));
      const names = pointers.flatMap((resolved) => {
        const data = resolved.event?.data as { streamName?: unknown } | undefined;
        return typeof data?.streamName === 'string' ? [data.streamName] : [];
      });
      return [...new Set(names)];
    },
  };
}
