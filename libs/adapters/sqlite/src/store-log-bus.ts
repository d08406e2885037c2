import {
  createSubscription,
  streamCategory,
  type CheckpointStore,
  type Consumer,
  type DeadLetterStore,
  type EventBus,
  type EventStore,
  type IdempotencyStore,
  type IntegrationMessage,
  type Publisher,
  type RecordedEvent,
  type Subscription,
  unmappedMessage,
} from '@ia/kernel';

export interface StoreLogBusOptions {
  readonly store: EventStore;
  readonly checkpoints: CheckpointStore;
  readonly deadLetters: DeadLetterStore;
  readonly dedupe: IdempotencyStore;
  readonly maxAttempts?: number;
  readonly backoffMilliseconds?: number;
  readonly pollIntervalMilliseconds?: number;
  readonly now?: () => string;
  readonly onError?: (error: unknown, context: { consumer: string; eventId?: string }) => void;
}

const DEFAULT_ATTEMPTS = 5;
const DEFAULT_BACKOFF = 100;
// Small batches keep the window of redelivery after a crash short; handlers are idempotent anyway.
const BATCH = 50;

/**
 * The embedded bus: each consumer follows the store's global log from its own durable checkpoint and
 * sees the integration messages the publishers map from stored events. Nothing sits in between that
 * could lose a message: the log itself is the queue.
 */
export function createStoreLogBus(options: StoreLogBusOptions): EventBus {
  const publishers = new Map<string, Publisher>();
  const consumers: Consumer[] = [];
  const subscriptions: Subscription[] = [];
  const names: string[] = [];
  const now = options.now ?? (() => new Date().toISOString());
  const maxAttempts = options.maxAttempts ?? DEFAULT_ATTEMPTS;
  const backoff = options.backoffMilliseconds ?? DEFAULT_BACKOFF;

  const toMessage = (event: RecordedEvent): IntegrationMessage | undefined =>
    publishers.get(streamCategory(event.streamName))?.toMessage(event);

  const deliver = async (consumer: Consumer, message: IntegrationMessage) => {
    const dedupeKey = `dedupe:${consumer.name}:${message.eventId}`;
    if (await options.dedupe.find(dedupeKey)) return;
    const park = (error: unknown, attempts: number) =>
      options.deadLetters.add({ consumer: consumer.name, message, error: describe(error), attempts, failedAt: now() });
    try {
      consumer.validate(message);
    } catch (error) {
      await park(error, 0);
      return;
    }
    for (let attempt = 1; ; attempt += 1) {
      try {
        await consumer.handle(message);
        await options.dedupe.complete(dedupeKey, { requestHash: message.eventId, result: null });
        return;
      } catch (error) {
        options.onError?.(error, { consumer: consumer.name, eventId: message.eventId });
        if (attempt >= maxAttempts) {
          await park(error, attempt);
          return;
        }
        await new Promise((resolve) => setTimeout(resolve, backoff * 2 ** (attempt - 1)));
      }
    }
  };

  const parkUnmappable = async (consumer: Consumer, event: RecordedEvent, error: unknown) => {
    const publisher = publishers.get(streamCategory(event.streamName));
    if (!publisher || !consumer.topics.includes(publisher.topic)) return;
    options.onError?.(error, { consumer: consumer.name, eventId: event.eventId });
    await options.deadLetters.add({
      consumer: consumer.name,
      message: unmappedMessage(event, publisher.topic),
      error: `unpublishable: ${describe(error)}`,
      attempts: 0,
      failedAt: now(),
    });
  };

  const subscribe = (consumer: Consumer) =>
    createSubscription({
      name: `bus:${consumer.name}`,
      store: options.store,
      checkpoints: options.checkpoints,
      batchSize: BATCH,
      // Only the streams published on the topics it follows: the rest of the log is skipped by the store.
      categories: [...publishers.entries()]
        .filter(([, publisher]) => consumer.topics.includes(publisher.topic))
        .map(([category]) => category),
      ...(options.pollIntervalMilliseconds !== undefined && { pollIntervalMilliseconds: options.pollIntervalMilliseconds }),
      handle: async (event) => {
        let message: IntegrationMessage | undefined;
        try {
          message = toMessage(event);
        } catch (error) {
          // A stored event its own publisher cannot map is parked for every follower of that topic, so
          // one bad event never stops the log for everyone behind it.
          await parkUnmappable(consumer, event, error);
          return;
        }
        if (message && consumer.topics.includes(message.topic)) await deliver(consumer, message);
      },
      onError: (error, event) => options.onError?.(error, { consumer: consumer.name, ...(event && { eventId: event.eventId }) }),
    });

  return {
    registerPublisher(publisher) {
      // A consumer already following the log would not read the new publisher's streams.
      if (subscriptions.length > 0) throw new Error(`Publisher ${publisher.service} must be registered before the bus starts`);
      for (const category of publisher.streamCategories) {
        const existing = publishers.get(category);
        if (existing) throw new Error(`Stream category ${category} is published by ${existing.service} already`);
        publishers.set(category, publisher);
      }
    },
    registerConsumer(consumer) {
      if (consumers.some((known) => known.name === consumer.name)) throw new Error(`Consumer ${consumer.name} is registered twice`);
      consumers.push(consumer);
    },
    async start() {
      for (const consumer of consumers.slice(subscriptions.length)) {
        const subscription = subscribe(consumer);
        subscriptions.push(subscription);
        names.push(`bus:${consumer.name}`);
        subscription.start();
      }
    },
    async stop() {
      await Promise.all(subscriptions.map((subscription) => subscription.stop()));
      subscriptions.length = 0;
      names.length = 0;
    },
    async settled(position, timeout) {
      const reached = await Promise.all(subscriptions.map((subscription) => subscription.waitFor(position, timeout)));
      return reached.every(Boolean);
    },
    deadLetters: (consumer) => options.deadLetters.list(consumer),
    ping: () => options.store.ping(),
    positions: (): Record<string, number> =>
      Object.fromEntries(
        subscriptions.map((subscription, index): [string, number] => [names[index] ?? String(index), subscription.position()]),
      ),
  };
}

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
