import { Partitioners, type Admin, type Kafka, type Producer } from 'kafkajs';
import type { CheckpointStore, Consumer, EventBus, EventStore, IdempotencyStore, Publisher, Subscription } from '@ia/kernel';
import { createKafka, describeBrokers, probeKafka, trackedSockets, withinTime, type KafkaConnectionOptions } from './kafka-connection';
import { createConsumerRunner, type ConsumerRunner } from './kafka-consumer-runner';
import { createDeadLetterList } from './kafka-dead-letters';
import { createRelay } from './kafka-relay';
import { consumersCaughtUp } from './kafka-settled';
import { deadLetterTopic, ensureTopics, type TopicCatalog } from './kafka-topics';

export interface KafkaEventBusOptions extends KafkaConnectionOptions {
  /** The declared topics: what the bus publishes to, follows or parks on must be among them. */
  readonly topics: TopicCatalog;
  /** The most replicas a topic is created with (a development broker holds one). */
  readonly maximumReplication: number;
  readonly store: EventStore;
  /** Where each relay keeps `relay:<service>`; durable, or every start republishes the whole log. */
  readonly checkpoints: CheckpointStore;
  readonly dedupe: IdempotencyStore;
  readonly maxAttempts?: number;
  readonly backoffMilliseconds?: number;
  /** How long a reaction in progress elsewhere (maybe in a dead process) is waited for before it is parked. */
  readonly inProgressPatienceMilliseconds?: number;
  readonly pollIntervalMilliseconds?: number;
  readonly deadLetterLimit?: number;
  readonly now?: () => string;
  readonly onError?: (error: unknown, context: { consumer: string; eventId?: string }) => void;
}

const DEFAULT_ATTEMPTS = 5;
const DEFAULT_BACKOFF = 100;
const PING_TIMEOUT = 2_000;
/** Start and stop end within these, broker or no broker: a hung broker never holds a service or a test run. */
const START_TIMEOUT = 20_000;
const STOP_TIMEOUT = 5_000;

/** Connects first, so that an unreachable broker stops the service at start with a message naming Kafka. */
export async function connectKafkaEventBus(options: KafkaEventBusOptions): Promise<EventBus> {
  await probeKafka(options);
  return createKafkaEventBus(options);
}

export function createKafkaEventBus(options: KafkaEventBusOptions): EventBus {
  const sockets = trackedSockets();
  const kafka: Kafka = createKafka(options, { socketFactory: sockets.socketFactory });
  const admin: Admin = kafka.admin();
  // Idempotent with one request in flight: a retried send neither duplicates nor reorders a key's messages.
  const producer: Producer = kafka.producer({
    idempotent: true,
    maxInFlightRequests: 1,
    allowAutoTopicCreation: false,
    // The Java client's partitioner: other services' clients put a project's messages on the same partition.
    createPartitioner: Partitioners.DefaultPartitioner,
  });
  const publishers: Publisher[] = [];
  const consumers: Consumer[] = [];
  const relays: Subscription[] = [];
  const runners: ConsumerRunner[] = [];
  const deadLetters = createDeadLetterList(options.deadLetterLimit);
  let connected = false;

  const connect = async () => {
    if (connected) return;
    await admin.connect();
    await producer.connect();
    connected = true;
  };

  const startAll = async () => {
    await connect();
    const topics = [
      ...publishers.flatMap((publisher) => [publisher.topic, deadLetterTopic(publisher.service)]),
      ...consumers.flatMap((consumer) => [...consumer.topics, deadLetterTopic(consumer.name)]),
    ];
    await ensureTopics(admin, topics, options.topics, options.maximumReplication);
    for (const publisher of publishers.slice(relays.length)) {
      const relay = createRelay(publisher, {
        store: options.store,
        checkpoints: options.checkpoints,
        producer,
        ...(options.pollIntervalMilliseconds !== undefined && { pollIntervalMilliseconds: options.pollIntervalMilliseconds }),
        ...(options.now && { now: options.now }),
        parked: (deadLetter) => deadLetters.add(deadLetter),
        onError: (error, eventId) => options.onError?.(error, { consumer: `relay:${publisher.service}`, ...(eventId && { eventId }) }),
      });
      relays.push(relay);
      relay.start();
    }
    for (const consumer of consumers.slice(runners.length)) {
      const runner = createConsumerRunner(consumer, {
        kafka,
        producer,
        dedupe: options.dedupe,
        maxAttempts: options.maxAttempts ?? DEFAULT_ATTEMPTS,
        backoffMilliseconds: options.backoffMilliseconds ?? DEFAULT_BACKOFF,
        ...(options.inProgressPatienceMilliseconds !== undefined && {
          inProgressPatienceMilliseconds: options.inProgressPatienceMilliseconds,
        }),
        now: options.now ?? (() => new Date().toISOString()),
        parked: (deadLetter) => deadLetters.add(deadLetter),
        ...(options.onError && { onError: options.onError }),
      });
      runners.push(runner);
      await runner.start();
    }
  };

  // Relays and consumers first (they may be waiting on the broker), then the producer and admin: all within one
  // bound, after which whatever still hangs on a broker that does not answer is cut off.
  const stopAll = async () => {
    const stopping = Promise.all([...relays.map((relay) => relay.stop()), ...runners.map((runner) => runner.stop())]).then(() =>
      Promise.all([producer.disconnect(), admin.disconnect()]),
    );
    relays.length = 0;
    runners.length = 0;
    await withinTime(stopping, STOP_TIMEOUT, 'stop').catch(() => undefined);
    sockets.destroyAll();
    connected = false;
  };

  return {
    registerPublisher(publisher) {
      if (publishers.some((known) => known.service === publisher.service))
        throw new Error(`Publisher ${publisher.service} is registered twice`);
      publishers.push(publisher);
    },
    registerConsumer(consumer) {
      if (consumers.some((known) => known.name === consumer.name)) throw new Error(`Consumer ${consumer.name} is registered twice`);
      consumers.push(consumer);
    },
    async start() {
      const where = describeBrokers(options.brokers);
      try {
        await withinTime(startAll(), START_TIMEOUT, `Kafka at ${where} did not let the bus start within ${START_TIMEOUT / 1000} s`);
      } catch (error) {
        // Nothing may stay connected after a failed start, or the process (and a test runner) never exits.
        await stopAll();
        if (error instanceof Error && error.message.startsWith('Kafka')) throw error;
        throw new Error(`Kafka at ${where}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
      }
    },
    stop: stopAll,
    async settled(position, timeoutMilliseconds) {
      const deadline = Date.now() + timeoutMilliseconds;
      const published = await Promise.all(relays.map((relay) => relay.waitFor(position, timeoutMilliseconds)));
      if (!published.every(Boolean)) return false;
      return consumersCaughtUp(admin, runners, deadline);
    },
    deadLetters: async (consumer) => deadLetters.list(consumer),
    // The relays' reach in the store's log: what is not yet on Kafka. Consumer lag is Kafka's own offset lag.
    positions: () => Object.fromEntries(relays.map((relay, index) => [`relay:${publishers[index]?.service ?? index}`, relay.position()])),
    async ping() {
      await withinTime(
        connect().then(() => admin.describeCluster()),
        PING_TIMEOUT,
        `Kafka did not answer within ${PING_TIMEOUT / 1000} s`,
      );
    },
  };
}
