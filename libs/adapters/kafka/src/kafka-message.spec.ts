import type { KafkaMessage } from 'kafkajs';
import type { IntegrationMessage } from '@ia/kernel';
import { fromKafkaMessage, toKafkaMessage } from './kafka-message';

const message: IntegrationMessage = {
  eventId: 'e-1',
  type: 'LeadQualified',
  schemaVersion: 1,
  topic: 'ia.lead-intake.v1',
  key: 'lead-1',
  data: { leadId: 'lead-1' },
  occurredAt: '2026-03-02T02:00:00.000Z',
  recordedAt: '2026-03-02T02:00:00.100Z',
  correlationId: 'c-1',
  causationId: 'c-1',
  actor: { id: 'alice', role: 'promoter' },
  traceparent: '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01',
};

const received = (sent: ReturnType<typeof toKafkaMessage>): KafkaMessage =>
  ({
    key: Buffer.from(String(sent.key)),
    value: Buffer.from(String(sent.value)),
    headers: sent.headers,
    offset: '0',
    timestamp: '0',
    attributes: 0,
  }) as KafkaMessage;

describe('trace context on Kafka', () => {
  it('travels in the W3C traceparent header and comes back on the message', () => {
    const sent = toKafkaMessage(message);
    expect(sent.headers?.['traceparent']).toBe(message.traceparent);
    expect(fromKafkaMessage(message.topic, received(sent)).traceparent).toBe(message.traceparent);
  });

  it('is absent when the event carried none', () => {
    const { traceparent: _none, ...untraced } = message;
    const sent = toKafkaMessage(untraced);
    expect(sent.headers).not.toHaveProperty('traceparent');
    expect(fromKafkaMessage(message.topic, received(sent))).not.toHaveProperty('traceparent');
  });
});
