import { randomUUID } from 'node:crypto';
import type { NewEvent } from '@ia/kernel';

export const TEST_ACTOR = { id: 'tester', role: 'admin' } as const;

export function newEvent(type: string, data: unknown = {}, metadata: Partial<NewEvent['metadata']> = {}): NewEvent {
  return {
    eventId: randomUUID(),
    type,
    schemaVersion: 1,
    data,
    metadata: {
      actor: TEST_ACTOR,
      occurredAt: '2026-03-02T01:00:00.000Z',
      correlationId: 'correlation-1',
      causationId: 'correlation-1',
      ...metadata,
    },
  };
}

export function uniqueStream(category = 'test'): string {
  return `${category}-${randomUUID()}`;
}
