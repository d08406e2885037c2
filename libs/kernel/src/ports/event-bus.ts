import type { Actor, RecordedEvent } from '../envelope';

/** An integration event as it travels between services: the published language, not a domain event. */
export interface IntegrationMessage {
  readonly eventId: string;
  readonly type: string;
  readonly schemaVersion: number;
  readonly topic: string;
  /** Project id, or lead id before a project exists: one key keeps one project's events in order. */
  readonly key: string;
  readonly data: unknown;
  readonly occurredAt: string;
  readonly recordedAt: string;
  readonly correlationId: string;
  readonly causationId: string;
  readonly actor: Actor;
  /** W3C trace context carried from the stored event (and in a Kafka header), when tracing is on. */
  readonly traceparent?: string;
}

/** A service's outbound mapping from its own stored events to integration messages. */
export interface Publisher {
  readonly service: string;
  readonly topic: string;
  readonly streamCategories: readonly string[];
  toMessage(event: RecordedEvent): IntegrationMessage | undefined;
}

/**
 * A stored event as it is, in the shape of a message, for parking one its publisher could not map: the
 * dead letter keeps everything needed to mend the mapping and republish it.
 */
export function unmappedMessage(event: RecordedEvent, topic: string): IntegrationMessage {
  return {
    eventId: event.eventId,
    type: event.type,
    schemaVersion: event.schemaVersion,
    topic,
    key: event.streamName,
    data: event.data,
    occurredAt: event.metadata.occurredAt,
    recordedAt: event.recordedAt,
    correlationId: event.metadata.correlationId,
    causationId: event.metadata.causationId,
    actor: event.metadata.actor,
    ...(event.metadata.traceparent !== undefined && { traceparent: event.metadata.traceparent }),
  };
}

export interface Consumer {
  /** Stable name: it owns a checkpoint, a dedupe scope and a dead-letter queue. */
  readonly name: string;
  readonly topics: readonly string[];
  /** Throws when the message does not match its contract; such a message goes to dead letters at once. */
  validate(message: IntegrationMessage): void;
  handle(message: IntegrationMessage): Promise<void>;
}

export interface DeadLetter {
  readonly consumer: string;
  readonly message: IntegrationMessage;
  readonly error: string;
  readonly attempts: number;
  readonly failedAt: string;
}

export interface EventBus {
  registerPublisher(publisher: Publisher): void;
  registerConsumer(consumer: Consumer): void;
  start(): Promise<void>;
  stop(): Promise<void>;
  /** Resolves once every consumer has handled what was published up to the given global position. */
  settled(position: number, timeoutMilliseconds: number): Promise<boolean>;
  deadLetters(consumer?: string): Promise<readonly DeadLetter[]>;
  ping(): Promise<void>;
  /** How far each subscription of the bus has read the log (consumers, relays), for lag metrics. */
  positions?(): Readonly<Record<string, number>>;
}

export const EVENT_BUS = Symbol('EventBus');

/** Where dead letters of the embedded bus are kept. */
export interface DeadLetterStore {
  add(deadLetter: DeadLetter): Promise<void>;
  list(consumer?: string): Promise<readonly DeadLetter[]>;
}
