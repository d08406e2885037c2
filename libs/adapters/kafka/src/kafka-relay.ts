import type { Producer } from 'kafkajs';
import {
  createSubscription,
  streamCategory,
  unmappedMessage,
  type CheckpointStore,
  type DeadLetter,
  type EventStore,
  type IntegrationMessage,
  type Publisher,
  type RecordedEvent,
  type Subscription,
} from '@ia/kernel';
import { toKafkaMessage } from './kafka-message';
import { deadLetterTopic } from './kafka-topics';

export interface RelayOptions {
  readonly store: EventStore;
  readonly checkpoints: CheckpointStore;
  readonly producer: Producer;
  readonly pollIntervalMilliseconds?: number;
  readonly now?: () => string;
  readonly parked?: (deadLetter: DeadLetter) => void;
  readonly onError?: (error: unknown, eventId: string | undefined) => void;
}

const describe = (error: unknown) => (error instanceof Error ? `${error.name}: ${error.message}` : String(error));

/**
 * Follows the store's global log from the checkpoint `relay:<service>` and publishes what the
 * publisher maps. The subscription saves its checkpoint only after `handle` resolved, and `handle`
 * resolves only once every in-sync replica acknowledged: a crash republishes, it never loses.
 * An event the publisher cannot map will never map on a retry, so it is parked on the service's
 * dead-letter topic (durably, before the checkpoint moves) and the log goes on behind it.
 */
export function createRelay(publisher: Publisher, options: RelayOptions): Subscription {
  const categories = new Set(publisher.streamCategories);
  const relay = `relay:${publisher.service}`;
  const park = async (event: RecordedEvent, error: unknown) => {
    const message = unmappedMessage(event, publisher.topic);
    const deadLetter: DeadLetter = {
      consumer: relay,
      message,
      error: `unpublishable: ${describe(error)}`,
      attempts: 0,
      failedAt: (options.now ?? (() => new Date().toISOString()))(),
    };
    await options.producer.send({
      topic: deadLetterTopic(publisher.service),
      acks: -1,
      messages: [toKafkaMessage(message, { error: deadLetter.error, attempts: '0', 'failed-at': deadLetter.failedAt, consumer: relay })],
    });
    options.onError?.(error, event.eventId);
    options.parked?.(deadLetter);
  };
  return createSubscription({
    name: relay,
    store: options.store,
    checkpoints: options.checkpoints,
    categories: publisher.streamCategories,
    ...(options.pollIntervalMilliseconds !== undefined && { pollIntervalMilliseconds: options.pollIntervalMilliseconds }),
    handle: async (event) => {
      if (!categories.has(streamCategory(event.streamName))) return;
      let message: IntegrationMessage | undefined;
      try {
        message = publisher.toMessage(event);
      } catch (error) {
        await park(event, error);
        return;
      }
      if (!message) return;
      await options.producer.send({ topic: publisher.topic, acks: -1, messages: [toKafkaMessage(message)] });
    },
    onError: (error, event) => options.onError?.(error, event?.eventId),
  });
}
