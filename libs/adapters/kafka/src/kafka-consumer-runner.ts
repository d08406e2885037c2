import type { Kafka, KafkaMessage, Producer } from 'kafkajs';
import type { Consumer, DeadLetter, IdempotencyStore, IntegrationMessage } from '@ia/kernel';
import { fromKafkaMessage, toKafkaMessage, unreadableMessage } from './kafka-message';
import { deadLetterTopic } from './kafka-topics';

export interface ConsumerRunnerOptions {
  readonly kafka: Kafka;
  readonly producer: Producer;
  readonly dedupe: IdempotencyStore;
  readonly maxAttempts: number;
  readonly backoffMilliseconds: number;
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

const describe = (error: unknown) => (error instanceof Error ? `${error.name}: ${error.message}` : String(error));
const sleep = (milliseconds: number) => new Promise((resolve) => setTimeout(resolve, milliseconds));

/** One consumer group per Consumer: each partition in order, each message handled at most once per dedupe store. */
export function createConsumerRunner(consumer: Consumer, options: ConsumerRunnerOptions): ConsumerRunner {
  const progress = new Map<string, number>();
  const group = options.kafka.consumer({ groupId: consumer.name, allowAutoTopicCreation: false });

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

  const deliver = async (topic: string, partition: number, raw: KafkaMessage) => {
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
    for (let attempt = 1; ; attempt += 1) {
      try {
        await consumer.handle(message);
        await options.dedupe.complete(dedupeKey, { requestHash: message.eventId, result: null });
        return;
      } catch (error) {
        options.onError?.(error, { consumer: consumer.name, eventId: message.eventId });
        if (attempt >= options.maxAttempts) return park(message, error, attempt, origin);
        await sleep(options.backoffMilliseconds * 2 ** (attempt - 1));
      }
    }
  };

  return {
    consumer,
    progress,
    async start() {
      await group.connect();
      await group.subscribe({ topics: [...consumer.topics], fromBeginning: true });
      await group.run({
        eachMessage: async ({ topic, partition, message }) => {
          await deliver(topic, partition, message);
          progress.set(`${topic}:${partition}`, Number(message.offset) + 1);
        },
      });
    },
    stop: () => group.disconnect(),
  };
}
