import { randomUUID } from 'node:crypto';
import { KafkaContainer, type StartedKafkaContainer } from '@testcontainers/kafka';
import { ConfigResourceTypes, Kafka, logLevel } from 'kafkajs';
import { createMemoryCheckpointStore, createMemoryEventStore, createMemoryIdempotencyStore } from '@ia/adapters/memory';
import type { EventBus, EventStore, IntegrationMessage } from '@ia/kernel';
import { describeWithKafka, eventBusContract, kafkaBrokers, newEvent, testPublisher } from '@ia/testing';
import { connectKafkaEventBus, type KafkaEventBusOptions } from './kafka-event-bus';
import type { TopicCatalog } from './kafka-topics';

const IMAGE = 'confluentinc/cp-kafka:7.7.1';
const describeOrSkip = describeWithKafka({ containers: true });
const KEPT = { 'cleanup.policy': 'delete', 'retention.ms': '-1', 'min.insync.replicas': '2' };
/** Test topics are unique per test: any of them is declared, with the production settings of the real ones. */
const testTopics: TopicCatalog = (name) => (name.startsWith('ia.') ? { name, partitions: 3, replication: 3, configs: KEPT } : undefined);

describeOrSkip('Kafka adapter on a real broker', () => {
  let container: StartedKafkaContainer | undefined;
  let brokers: string[] = [...kafkaBrokers()];
  beforeAll(async () => {
    if (brokers.length > 0) return;
    container = await new KafkaContainer(IMAGE).withKraft().start();
    brokers = [`${container.getHost()}:${container.getMappedPort(9093)}`];
  }, 240_000);
  afterAll(() => container?.stop());

  const busOptions = (store: EventStore, overrides: Partial<KafkaEventBusOptions> = {}): KafkaEventBusOptions => ({
    brokers,
    clientId: 'ia-contract',
    topics: testTopics,
    maximumReplication: 1,
    store,
    checkpoints: createMemoryCheckpointStore(),
    dedupe: createMemoryIdempotencyStore(),
    backoffMilliseconds: 5,
    pollIntervalMilliseconds: 20,
    logLevel: logLevel.NOTHING,
    ...overrides,
  });

  eventBusContract('Kafka', async () => {
    const store = createMemoryEventStore();
    // Shared across newBus calls: a restarted process keeps its relay checkpoint and its dedupe records.
    const checkpoints = createMemoryCheckpointStore();
    const dedupe = createMemoryIdempotencyStore();
    return { store, newBus: () => connectKafkaEventBus(busOptions(store, { checkpoints, dedupe })), dispose: () => store.close() };
  });

  describe('topics', () => {
    const admin = () => new Kafka({ brokers, clientId: 'ia-test-admin', logLevel: logLevel.NOTHING }).admin();

    it('refuses to start on a topic nobody declared, names it, and leaves no connection open', async () => {
      const store = createMemoryEventStore();
      const topic = `ia.test-${randomUUID().slice(0, 8)}.v1`;
      const bus = await connectKafkaEventBus(busOptions(store, { topics: (name) => (name === topic ? testTopics(name) : undefined) }));
      bus.registerPublisher(testPublisher(topic));
      const before = brokerSockets(brokers);
      await expect(bus.start()).rejects.toThrow(`Kafka topics used but not declared (infra/kafka/topics.txt): ia.test-orders.dlq`);
      expect(brokerSockets(brokers)).toBeLessThanOrEqual(before);
      await store.close();
    });

    it('creates a missing topic with its declared settings, and parks a message that keeps failing on the declared dead-letter topic', async () => {
      const store = createMemoryEventStore();
      const suffix = randomUUID().slice(0, 8);
      const topic = `ia.test-${suffix}.v1`;
      const consumer = `test-${suffix}.reaction`;
      const bus: EventBus = await connectKafkaEventBus(busOptions(store, { maxAttempts: 2 }));
      bus.registerPublisher(testPublisher(topic));
      const handled: string[] = [];
      bus.registerConsumer({
        name: consumer,
        topics: [topic],
        validate: () => undefined,
        handle: async (message: IntegrationMessage) => {
          if (message.type === 'Poison') throw new Error('cannot handle poison');
          handled.push(message.type);
        },
      });
      await bus.start();
      try {
        await store.appendToStream(`order-${suffix}`, [newEvent('Poison', { amount: 1 })], { expectedRevision: 'no_stream' });
        const last = await store.appendToStream(`order-${suffix}`, [newEvent('After', { amount: 2 })], { expectedRevision: 0 });
        expect(await bus.settled(last.lastPosition, 20_000)).toBe(true);
        expect(handled).toEqual(['After']);
      } finally {
        await bus.stop();
      }
      const client = admin();
      await client.connect();
      try {
        const [metadata] = (await client.fetchTopicMetadata({ topics: [topic] })).topics;
        expect(metadata?.partitions).toHaveLength(3);
        const configs = await client.describeConfigs({
          includeSynonyms: false,
          resources: [
            { type: ConfigResourceTypes.TOPIC, name: `ia.${consumer}.dlq`, configNames: ['retention.ms', 'min.insync.replicas'] },
          ],
        });
        const entries = Object.fromEntries(configs.resources[0]?.configEntries.map((entry) => [entry.configName, entry.configValue]) ?? []);
        expect(entries).toEqual({ 'retention.ms': '-1', 'min.insync.replicas': '1' });
      } finally {
        await client.disconnect();
      }
      const parked = await readTopic(brokers, `ia.${consumer}.dlq`, 1);
      expect(parked).toEqual([expect.objectContaining({ type: 'Poison', error: 'Error: cannot handle poison', consumer, attempts: '2' })]);
      await store.close();
    }, 60_000);
  });
});

/** Open sockets of this process to the brokers (kafkajs keeps no public list of its own). */
function brokerSockets(brokers: readonly string[]): number {
  const ports = new Set(brokers.map((broker) => Number(broker.split(':')[1])));
  const handles = (process as unknown as { _getActiveHandles(): unknown[] })._getActiveHandles();
  return handles.filter((handle) => {
    const socket = handle as { remotePort?: number; destroyed?: boolean };
    return socket.remotePort !== undefined && ports.has(socket.remotePort) && !socket.destroyed;
  }).length;
}

async function readTopic(brokers: readonly string[], topic: string, count: number): Promise<Array<Record<string, string>>> {
  const consumer = new Kafka({ brokers: [...brokers], clientId: 'ia-test-reader', logLevel: logLevel.NOTHING }).consumer({
    groupId: `ia-test-reader-${randomUUID()}`,
  });
  const read: Array<Record<string, string>> = [];
  await consumer.connect();
  await consumer.subscribe({ topics: [topic], fromBeginning: true });
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`read ${read.length} of ${count} messages of ${topic}`)), 20_000);
    void consumer.run({
      eachMessage: async ({ message }) => {
        const headers = Object.fromEntries(Object.entries(message.headers ?? {}).map(([name, value]) => [name, String(value)]));
        read.push(headers);
        if (read.length >= count) {
          clearTimeout(timer);
          resolve();
        }
      },
    });
  });
  await consumer.disconnect();
  return read;
}
