import type { Consumer, IntegrationMessage, Publisher, RecordedEvent } from '@ia/kernel';
import { SchemaError, type Schema } from './schema';

/** One version of one integration event: its name, its topic and the schema every consumer parses. */
export interface IntegrationEventDefinition<Type extends string = string, Data = unknown> {
  readonly type: Type;
  readonly version: number;
  readonly topic: string;
  readonly schema: Schema<Data>;
}

export function defineIntegrationEvent<Type extends string, Data>(
  type: Type,
  version: number,
  topic: string,
  schema: Schema<Data>,
): IntegrationEventDefinition<Type, Data> {
  return { type, version, topic, schema };
}

/** What a context's mapper says a stored domain event means to the outside world. */
export interface Outbound<Data = unknown> {
  readonly definition: IntegrationEventDefinition<string, Data>;
  readonly data: Data;
  /** Project id, or the lead id before a project exists. */
  readonly key: string;
}

/** A publisher from a pure mapping of stored events; the data is checked against its own contract on the way out. */
export function definePublisher(
  service: string,
  topic: string,
  streamCategories: readonly string[],
  map: (event: RecordedEvent) => Outbound | undefined,
): Publisher {
  return {
    service,
    topic,
    streamCategories,
    toMessage(event) {
      const outbound = map(event);
      if (!outbound) return undefined;
      if (outbound.definition.topic !== topic)
        throw new Error(`${outbound.definition.type} belongs on ${outbound.definition.topic}, not ${topic}`);
      return {
        eventId: event.eventId,
        type: outbound.definition.type,
        schemaVersion: outbound.definition.version,
        topic,
        key: outbound.key,
        data: outbound.definition.schema.parse(outbound.data),
        occurredAt: event.metadata.occurredAt,
        recordedAt: event.recordedAt,
        correlationId: event.metadata.correlationId,
        causationId: event.metadata.causationId,
        actor: event.metadata.actor,
        ...(event.metadata.traceparent !== undefined && { traceparent: event.metadata.traceparent }),
      };
    },
  };
}

export type Handlers = ReadonlyArray<{
  readonly definition: IntegrationEventDefinition<string, never>;
  readonly handle: (data: never, message: IntegrationMessage) => Promise<void>;
}>;

/** Builds a handler entry whose data type is the contract's. */
export function on<Data>(
  definition: IntegrationEventDefinition<string, Data>,
  handle: (data: Data, message: IntegrationMessage) => Promise<void>,
) {
  return { definition, handle } as unknown as Handlers[number];
}

/**
 * A consumer that parses each message against its contract before handling it. Types it does not
 * handle pass by; a known type with an unknown version or a broken payload is refused (dead letter).
 */
export function defineConsumer(name: string, handlers: Handlers): Consumer {
  const byType = new Map(handlers.map((handler) => [handler.definition.type, handler]));
  const topics = [...new Set(handlers.map((handler) => handler.definition.topic))];
  const find = (message: IntegrationMessage) => byType.get(message.type);
  return {
    name,
    topics,
    validate(message) {
      const handler = find(message);
      if (!handler) return;
      if (message.schemaVersion !== handler.definition.version) {
        throw new SchemaError('schemaVersion', `version ${handler.definition.version} of ${message.type}, got ${message.schemaVersion}`);
      }
      handler.definition.schema.parse(message.data);
    },
    async handle(message) {
      const handler = find(message);
      if (!handler) return;
      await handler.handle(handler.definition.schema.parse(message.data), message);
    },
  };
}
