import type { Producer, ProducerRecord } from 'kafkajs';
import { createMemoryCheckpointStore, createMemoryEventStore } from '@ia/adapters/memory';
import type { DeadLetter } from '@ia/kernel';
import { newEvent, testPublisher } from '@ia/testing';
import { createRelay } from './kafka-relay';

/** Records what the relay sends; `failing` makes the broker refuse that many sends first. */
function recordingProducer(failing = 0) {
  const sent: ProducerRecord[] = [];
  let refusals = failing;
  const producer = {
    async send(record: ProducerRecord) {
      if (refusals > 0) {
        refusals -= 1;
        throw new Error('broker unavailable');
      }
      sent.push(record);
      return [];
    },
  } as unknown as Producer;
  return { producer, sent };
}

describe('Kafka relay', () => {
  const publisher = testPublisher('ia.test-orders.v1');
  const unmappable = {
    ...publisher,
    toMessage: (event: Parameters<typeof publisher.toMessage>[0]) => {
      if (event.type === 'Broken') throw new Error('cannot map Broken');
      return publisher.toMessage(event);
    },
  };

  it('parks an event its publisher cannot map on the service’s dead-letter topic and publishes what follows', async () => {
    const store = createMemoryEventStore();
    const checkpoints = createMemoryCheckpointStore();
    const { producer, sent } = recordingProducer();
    const parked: DeadLetter[] = [];
    const relay = createRelay(unmappable, {
      store,
      checkpoints,
      producer,
      now: () => '2026-03-02T00:00:00.000Z',
      parked: (letter) => parked.push(letter),
    });
    await store.appendToStream(
      'order-1',
      [newEvent('Placed', { amount: 1 }), newEvent('Broken', { amount: 2 }), newEvent('Paid', { amount: 3 })],
      {
        expectedRevision: 'no_stream',
      },
    );
    relay.start();
    try {
      expect(await relay.waitFor(await store.headPosition(), 5_000)).toBe(true);
    } finally {
      await relay.stop();
    }
    expect(sent.map((record) => [record.topic, record.messages[0]?.headers?.['type']])).toEqual([
      ['ia.test-orders.v1', 'Placed'],
      ['ia.test-orders.dlq', 'Broken'],
      ['ia.test-orders.v1', 'Paid'],
    ]);
    expect(sent[1]?.messages[0]?.headers).toMatchObject({
      error: 'unpublishable: Error: cannot map Broken',
      consumer: 'relay:test-orders',
    });
    expect(parked).toEqual([expect.objectContaining({ consumer: 'relay:test-orders', error: 'unpublishable: Error: cannot map Broken' })]);
    expect(await checkpoints.load('relay:test-orders')).toBe(await store.headPosition());
  });

  it('retries a send the broker refused instead of parking it, and loses nothing', async () => {
    const store = createMemoryEventStore();
    const { producer, sent } = recordingProducer(2);
    const relay = createRelay(publisher, { store, checkpoints: createMemoryCheckpointStore(), producer, pollIntervalMilliseconds: 10 });
    await store.appendToStream('order-2', [newEvent('Placed', { amount: 1 })], { expectedRevision: 'no_stream' });
    relay.start();
    try {
      expect(await relay.waitFor(await store.headPosition(), 10_000)).toBe(true);
    } finally {
      await relay.stop();
    }
    expect(sent.map((record) => record.topic)).toEqual(['ia.test-orders.v1']);
  });

  it('republishes after dying between the publish and its checkpoint, with the same event id for consumers to dedupe', async () => {
    const store = createMemoryEventStore();
    const checkpoints = createMemoryCheckpointStore();
    const dying = { ...checkpoints, save: () => Promise.reject(new Error('process killed before the checkpoint')) };
    const { producer, sent } = recordingProducer();
    await store.appendToStream('order-3', [newEvent('Placed', { amount: 1 })], { expectedRevision: 'no_stream' });
    const first = createRelay(publisher, { store, checkpoints: dying, producer });
    first.start();
    await waitUntil(() => sent.length === 1);
    await first.stop();
    const second = createRelay(publisher, { store, checkpoints, producer });
    second.start();
    try {
      expect(await second.waitFor(await store.headPosition(), 5_000)).toBe(true);
    } finally {
      await second.stop();
    }
    const eventIds = sent.map((record) => record.messages[0]?.headers?.['event-id']);
    // At least once more after the restart, and always the same message.
    expect(eventIds.length).toBeGreaterThanOrEqual(2);
    expect(new Set(eventIds).size).toBe(1);
  });
});

async function waitUntil(condition: () => boolean, timeoutMilliseconds = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMilliseconds;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}
