import { jsonEvent, type AllStreamResolvedEvent, type EventData, type JSONType, type ResolvedEvent } from '@eventstore/db-client';
import type { RecordedEvent, StoredMetadata } from '@ia/kernel';

/**
 * What the suite keeps in an EventStoreDB event's metadata. The hashed metadata sits apart, so that
 * reading it back yields exactly what was sealed; `$correlationId` and `$causationId` are the
 * server's own names, which its UI and standard projections understand.
 */
interface Envelope {
  readonly schemaVersion: number;
  readonly recordedAt: string;
  readonly metadata: StoredMetadata;
  readonly $correlationId: string;
  readonly $causationId: string;
}

export function toEventData(event: Omit<RecordedEvent, 'position'>): EventData {
  const envelope: Envelope = {
    schemaVersion: event.schemaVersion,
    recordedAt: event.recordedAt,
    metadata: event.metadata,
    $correlationId: event.metadata.correlationId,
    $causationId: event.metadata.causationId,
  };
  return jsonEvent({ id: event.eventId, type: event.type, data: event.data as JSONType, metadata: envelope });
}

/** Streams and event types that start with `$` belong to the server (projections, statistics, settings). */
export function isSystemEvent(streamName: string, type: string): boolean {
  return streamName.startsWith('$') || type.startsWith('$');
}

function isEnvelope(value: unknown): value is Envelope {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Partial<Envelope>;
  return typeof candidate.schemaVersion === 'number' && typeof candidate.recordedAt === 'string' && typeof candidate.metadata === 'object';
}

/** Commit positions fit a Number for the first 8 PiB of a log; beyond that they would lose precision. */
export function toPosition(commit: bigint | undefined, eventId: string): number {
  if (commit === undefined || commit > BigInt(Number.MAX_SAFE_INTEGER)) {
    throw new Error(`EventStoreDB reported no usable position for event ${eventId}`);
  }
  return Number(commit);
}

/** The suite's view of a stored event; undefined for what the suite did not write. */
export function fromResolved(resolved: ResolvedEvent | AllStreamResolvedEvent): RecordedEvent | undefined {
  const event = resolved.event;
  if (!event || !event.isJson || isSystemEvent(event.streamId, event.type) || !isEnvelope(event.metadata)) return undefined;
  return {
    eventId: event.id,
    type: event.type,
    schemaVersion: event.metadata.schemaVersion,
    data: event.data,
    streamName: event.streamId,
    revision: Number(event.revision),
    position: toPosition(event.position?.commit, event.id),
    recordedAt: event.metadata.recordedAt,
    metadata: event.metadata.metadata,
  };
}
