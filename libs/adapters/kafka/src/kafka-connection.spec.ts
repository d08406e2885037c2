import { createMemoryCheckpointStore, createMemoryEventStore, createMemoryIdempotencyStore } from '@ia/adapters/memory';
import { connectKafkaEventBus } from './kafka-event-bus';

describe('Kafka connection', () => {
  it('fails within seconds, naming Kafka and the brokers, when nothing listens', async () => {
    const started = Date.now();
    const connecting = connectKafkaEventBus({
      brokers: ['127.0.0.1:1'],
      clientId: 'ia-probe',
      partitions: 1,
      replicationFactor: 1,
      store: createMemoryEventStore(),
      checkpoints: createMemoryCheckpointStore(),
      dedupe: createMemoryIdempotencyStore(),
    });
    await expect(connecting).rejects.toThrow(/^Kafka at kafka:\/\/127\.0\.0\.1:1 is unreachable/);
    expect(Date.now() - started).toBeLessThan(10_000);
  });
});
