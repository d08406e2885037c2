import type { Producer } from 'kafkajs';
import { createSubscription, streamCategory, type CheckpointStore, type EventStore, type Publisher, type Subscription } from '@ia/kernel';
import { toKafkaMessage } from './kafka-message';

export interface RelayOptions {
  readonly store: EventStore;
  readonly checkpoints: CheckpointStore;
  readonly producer: Producer;
  readonly pollIntervalMilliseconds?: number;
  readonly onError?: (error: unknown, eventId: string | undefined) => void;
}

/**
 * Follows the store's global log from the checkpoint `relay:<service>` and publishes what the
 * publisher maps. The subscription saves its checkpoint only after `handle` resolved, and `handle`
 * resolves only once every in-sync replica acknowledged: a crash republishes, it never loses.
 */
export function createRelay(publisher: Publisher, options: RelayOptions): Subscription {
  const categories = new Set(publisher.streamCategories);
  return createSubscription({
    name: `relay:${publisher.service}`,
    store: options.store,
    checkpoints: options.checkpoints,
    ...(options.pollIntervalMilliseconds !== undefined && { pollIntervalMilliseconds: options.pollIntervalMilliseconds }),
    handle: async (event) => {
      if (!categories.has(streamCategory(event.streamName))) return;
      const message = publisher.toMessage(event);
      if (!message) return;
      await options.producer.send({ topic: publisher.topic, acks: -1, messages: [toKafkaMessage(message)] });
    },
    onError: (error, event) => options.onError?.(error, event?.eventId),
  });
}
