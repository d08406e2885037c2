export const ROLES = ['promoter', 'agent', 'leader', 'admin', 'auditor', 'system'] as const;
export type Role = (typeof ROLES)[number];

export interface Actor {
  readonly id: string;
  readonly role: Role;
}

/** What the edge knows about a command: who, when in business time, why, and how it relates to others. */
export interface EventMetadata {
  readonly actor: Actor;
  /** Business time: when it happened, which may be well before it was recorded. */
  readonly occurredAt: string;
  readonly correlationId: string;
  readonly causationId: string;
  readonly projectId?: string;
  readonly leadId?: string;
  readonly reason?: string;
  readonly idempotencyKey?: string;
  readonly requestHash?: string;
  /** W3C trace context of the request that caused it, when tracing is on: a reaction elsewhere continues the trace. */
  readonly traceparent?: string;
}

/** Metadata as stored: the hash chain links each event to the one before it in its stream. */
export interface StoredMetadata extends EventMetadata {
  readonly previousHash: string;
  readonly hash: string;
}

export interface NewEvent {
  readonly eventId: string;
  readonly type: string;
  readonly schemaVersion: number;
  readonly data: unknown;
  readonly metadata: EventMetadata;
}

export interface RecordedEvent<Data = unknown> {
  readonly eventId: string;
  readonly type: string;
  readonly schemaVersion: number;
  readonly data: Data;
  readonly streamName: string;
  /** Zero-based position within the stream. */
  readonly revision: number;
  /** Position in the global log: strictly increasing in commit order. */
  readonly position: number;
  /** Record time, set by the store when the append commits (ISO-8601 UTC). */
  readonly recordedAt: string;
  readonly metadata: StoredMetadata;
}

export function streamCategory(streamName: string): string {
  const dash = streamName.indexOf('-');
  return dash < 0 ? streamName : streamName.slice(0, dash);
}

/** Whether a stream belongs to one of the categories; every stream does when none are named. */
export function inCategories(categories: readonly string[] | undefined): (streamName: string) => boolean {
  if (categories === undefined) return () => true;
  const wanted = new Set(categories);
  return (streamName) => wanted.has(streamCategory(streamName));
}

export function streamId(streamName: string): string {
  const dash = streamName.indexOf('-');
  return dash < 0 ? '' : streamName.slice(dash + 1);
}
