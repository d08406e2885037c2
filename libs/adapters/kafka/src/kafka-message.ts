import type { IHeaders, KafkaMessage, Message } from 'kafkajs';
import type { IntegrationMessage } from '@ia/kernel';

export function toKafkaMessage(message: IntegrationMessage, extraHeaders: Readonly<Record<string, string>> = {}): Message {
  return {
    key: message.key,
    value: JSON.stringify(message),
    headers: {
      type: message.type,
      'schema-version': String(message.schemaVersion),
      'event-id': message.eventId,
      'correlation-id': message.correlationId,
      'causation-id': message.causationId,
      // The W3C header name, so that tools that read Kafka headers continue the trace too.
      ...(message.traceparent !== undefined && { traceparent: message.traceparent }),
      ...extraHeaders,
    },
  };
}

export function headerText(headers: IHeaders | undefined, name: string): string | undefined {
  const value = headers?.[name];
  const first = Array.isArray(value) ? value[0] : value;
  return first === undefined ? undefined : first.toString();
}

const TEXT_FIELDS = ['eventId', 'type', 'key', 'occurredAt', 'recordedAt', 'correlationId', 'causationId'] as const;

/** Turns what arrived back into an integration message; throws, naming the field, when it is not one. */
export function fromKafkaMessage(topic: string, message: KafkaMessage): IntegrationMessage {
  const text = message.value?.toString('utf8');
  if (!text) throw new Error('message has no value');
  const parsed = JSON.parse(text) as Record<string, unknown>;
  if (typeof parsed !== 'object' || parsed === null) throw new Error('message value is not a JSON object');
  for (const field of TEXT_FIELDS) if (typeof parsed[field] !== 'string') throw new Error(`message field ${field} must be a string`);
  if (typeof parsed['schemaVersion'] !== 'number') throw new Error('message field schemaVersion must be a number');
  const actor = parsed['actor'] as { id?: unknown; role?: unknown } | undefined;
  if (typeof actor?.id !== 'string' || typeof actor.role !== 'string') throw new Error('message field actor must name an id and a role');
  const traceparent = headerText(message.headers, 'traceparent');
  return { ...(parsed as unknown as IntegrationMessage), topic, ...(traceparent !== undefined && { traceparent }) };
}

/** What can be said about a message that could not be read, so that it can still be parked. */
export function unreadableMessage(topic: string, partition: number, message: KafkaMessage): IntegrationMessage {
  const header = (name: string) => headerText(message.headers, name);
  const eventId = header('event-id') ?? `${topic}/${partition}/${message.offset}`;
  return {
    eventId,
    type: header('type') ?? 'unreadable',
    schemaVersion: Number(header('schema-version') ?? 0),
    topic,
    key: message.key?.toString('utf8') ?? '',
    data: message.value?.toString('utf8') ?? null,
    occurredAt: '',
    recordedAt: new Date(Number(message.timestamp)).toISOString(),
    correlationId: header('correlation-id') ?? '',
    causationId: header('causation-id') ?? '',
    actor: { id: 'unknown', role: 'system' },
  };
}
