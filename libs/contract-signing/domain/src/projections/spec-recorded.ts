import type { RecordedEvent } from '@ia/kernel';

/** A stored event as projections and publishers receive it. */
export function recorded(
  streamName: string,
  revision: number,
  event: { readonly type: string; readonly data: unknown },
  position = revision + 1,
): RecordedEvent {
  return {
    eventId: `${streamName}@${revision}`,
    type: event.type,
    schemaVersion: 1,
    data: event.data,
    streamName,
    revision,
    position,
    recordedAt: '2026-03-02T02:00:01.000Z',
    metadata: {
      actor: { id: 'alice', role: 'promoter' },
      occurredAt: '2026-03-02T02:00:00.000Z',
      correlationId: 'request-1',
      causationId: 'request-1',
      previousHash: '',
      hash: '',
    },
  };
}
