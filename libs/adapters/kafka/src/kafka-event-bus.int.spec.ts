import { KafkaContainer, type StartedKafkaContainer } from '@testcontainers/kafka';
import { logLevel } from 'kafkajs';
import { createMemoryCheckpointStore, createMemoryEventStore, createMemoryIdempotencyStore } from '@ia/adapters/memory';
import { describeWithContainers, eventBusContract } from '@ia/testing';
import { connectKafkaEventBus } from './kafka-event-bus';

const IMAGE = 'confluentinc/cp-kafka:7.7.1';
const describeOrSkip = describeWithContainers('Kafka');

describeOrSkip('Kafka adapter', () => {
  let broker: StartedKafkaContainer;
  beforeAll(async () => {
    broker = await new KafkaContainer(IMAGE).withKraft().start();
  }, 240_000);
  afterAll(() => broker?.stop());

  eventBusContract('Kafka', async () => {
    const store = createMemoryEventStore();
    // Shared across newBus calls: a restarted process keeps its relay checkpoint and its dedupe records.
    const checkpoints = createMemoryCheckpointStore();
    const dedupe = createMemoryIdempotencyStore();
    return {
      store,
      newBus: () =>
        connectKafkaEventBus({
          brokers: [`${broker.getHost()}:${broker.getMappedPort(9093)}`],
          clientId: 'ia-contract',
          partitions: 3,
          replicationFactor: 1,
          store,
          checkpoints,
          dedupe,
          backoffMilliseconds: 5,
          pollIntervalMilliseconds: 20,
          logLevel: logLevel.NOTHING,
        }),
      dispose: () => store.close(),
    };
  });
});
