import type { Kafka, KafkaMessage, Producer } from 'kafkajs';
import { IdempotencyError, type Consumer, type DeadLetter, type IdempotencyStore, type IntegrationMessage } from '@ia/kernel';
import { fromKafkaMessage, toKafkaMessage, unreadableMessage } from './kafka-message';
import { deadLetterTopic } from './kafka-topics';

export interface ConsumerRunnerOptions {
  readonly kafka: Kafka;
  readonly producer: Producer;
  readonly dedupe: IdempotencyStore;
  readonly maxAttempts: number;
  readonly backoffMilliseconds: number;
  /** How long a reaction that another holder (maybe a dead process) has in progress is waited for before it is parked. */
  readonly inProgressPatienceMilliseconds?: number;
  readonly now: () => string;
  readonly parked: (deadLetter: DeadLetter) => void;
  readonly onError?: (error: unknown, context: { consumer: string; eventId?: string }) => void;
}

export interface ConsumerRunner {
  readonly consumer: Consumer;
  /** Next offset to handle, per `topic:partition`, for what this process handled. */
  readonly progress: ReadonlyMap<string, number>;
  start(): Promise<void>;
  stop(): Promise<void>;
}

const SESSION_TIMEOUT = 10_000;
const HEARTBEAT_INTERVAL = 1_000;
const REBALANCE_TIMEOUT = 20_000;

/** Longer than the idempotency stores' default lifetime of a reservation (60 s), after which it is taken over. */
const IN_PROGRESS_PATIENCE = 90_000;
const HEARTBEAT_STEP = 1_000;

const isInProgress = (error: unknown) => error instanceof IdempotencyError && error.code === 'IDEMPOTENCY.IN_PROGRESS';

const describe = (error: unknown) => (error instanceof Error ? `${error.name}: ${error.message}` : String(error));
const sleep = (milliseconds: number) => new Promise((resolve) => setTimeout(resolve, milliseconds));

/** Waits while telling the group this member is alive: a long wait must not cost it its partitions. */
async function waitAlive(milliseconds: number, heartbeat: () => Promise<void>): Promise<void> {
  for (let left = milliseconds; left > 0; left -= HEARTBEAT_STEP) {
    await sleep(Math.min(left, HEARTBEAT_STEP));
    await heartbeat().catch(() => undefined);
  }
}

/** One consumer group per Consumer: each partition in order, each message handled at most once per dedupe store. */
export function createConsumerRunner(consumer: Consumer, options: ConsumerRunnerOptions): ConsumerRunner {
  const progress = new Map<string, number>();
  // A member that died without leaving (kill -9, a hung broker) holds its partitions until its session ends:
  // ten seconds rather than kafkajs's thirty, so that its replacement takes over soon.
  const group = options.kafka.consumer({
    groupId: consumer.name,
    allowAutoTopicCreation: false,
    sessionTimeout: SESSION_TIMEOUT,
    heartbeatInterval: HEARTBEAT_INTERVAL,
    rebalanceTimeout: REBALANCE_TIMEOUT,
  });
  group.on(group.events.CRASH, ({ payload }) => options.onError?.(payload.error, { consumer: consumer.name }));

  // Parking produces before the offset is committed: should the broker refuse, the message comes again.
  const park = async (
    message: IntegrationMessage,
    error: unknown,
    attempts: number,
    origin: { topic: string; partition: number; offset: string },
  ) => {
    const deadLetter: DeadLetter = { consumer: consumer.name, message, error: describe(error), attempts, failedAt: options.now() };
    await options.producer.send({
      topic: deadLetterTopic(consumer.name),
      acks: -1,
      messages: [
        toKafkaMessage(message, {
          error: deadLetter.error,
          attempts: String(attempts),
          'failed-at': deadLetter.failedAt,
          consumer: consumer.name,
          'original-topic': origin.topic,
          'original-partition': String(origin.partition),
          'original-offset': origin.offset,
        }),
      ],
    });
    options.parked(deadLetter);
  };

  const deliver = async (topic: string, partition: number, raw: KafkaMessage, heartbeat: () => Promise<void>) => {
    const origin = { topic, partition, offset: raw.offset };
    let message: IntegrationMessage;
    try {
      message = fromKafkaMessage(topic, raw);
    } catch (error) {
      return park(unreadableMessage(topic, partition, raw), error, 0, origin);
    }
    const dedupeKey = `dedupe:${consumer.name}:${message.eventId}`;
    if (await options.dedupe.find(dedupeKey)) return;
    try {
      consumer.validate(message);
    } catch (error) {
      return park(message, error, 0, origin);
    }
    // A reaction still reserved by a process that died mid-way is not a failure of this message: the
    // reservation expires (or the dead process's appended reaction is recorded) and the retry then settles it.
    const patience = Date.now() + (options.inProgressPatienceMilliseconds ?? IN_PROGRESS_PATIENCE);
    for (let attempt = 1; ; attempt += 1) {
      try {
        await consumer.handle(message);
        await options.dedupe.complete(dedupeKey, { requestHash: message.eventId, result: null });
        return;
      } catch (error) {
        options.onError?.(error, { consumer: consumer.name, eventId: message.eventId });
        if (isInProgress(error) && Date.now() < patience) {
          attempt -= 1;
          await waitAlive(HEARTBEAT_STEP, heartbeat);
          continue;
        }
        if (attempt >= options.maxAttempts) return park(message, error, attempt, origin);
        await waitAlive(options.backoffMilliseconds * 2 ** (attempt - 1), heartbeat);
      }
    }
  };

  return {
    consumer,
    progress,
    async start() {
      await group.connect();
      await group.subscribe({ topics: [...consumer.topics], fromBeginning: true });
      // Joining waits for the group's rebalance, which lasts until a dead member's session ends: the service
      // starts meanwhile and the consumer catches up once it is in (kafkajs restarts it after a crash).
      void group
        .run({
          eachMessage: async (payload) => {
            const { topic, partition, message } = payload;
            await deliver(topic, partition, message, () => payload.heartbeat());
            progress.set(`${topic}:${partition}`, Number(message.offset) + 1);
          },
        })
        .catch((error: unknown) => options.onError?.(error, { consumer: consumer.name }));
    },
    stop: () => group.disconnect(),
  };
}
