import type { Consumer, EventBus, EventStore, IntegrationMessage, Publisher, RecordedEvent } from '@ia/kernel';
import { newEvent } from '../fixtures';

export interface EventBusHarness {
  readonly store: EventStore;
  /** A bus over the harness's store; a second call is a restarted process sharing dedupe and checkpoints. */
  newBus(): Promise<EventBus>;
  dispose(): Promise<void>;
}

const SETTLE = 15_000;

/** A publisher for the contract: category `order` on topic `ia.test-orders.v1`, keyed by the order id. */
export function testPublisher(topic: string): Publisher {
  return {
    service: 'test-orders',
    topic,
    streamCategories: ['order'],
    toMessage(event: RecordedEvent): IntegrationMessage | undefined {
      if (event.type === 'Internal') return undefined;
      return {
        eventId: event.eventId,
        type: event.type,
        schemaVersion: event.schemaVersion,
        topic,
        key: event.streamName.slice('order-'.length),
        data: event.data,
        occurredAt: event.metadata.occurredAt,
        recordedAt: event.recordedAt,
        correlationId: event.metadata.correlationId,
        causationId: event.metadata.causationId,
        actor: event.metadata.actor,
      };
    },
  };
}

function recordingConsumer(name: string, topics: string[], behaviour: Partial<Pick<Consumer, 'handle' | 'validate'>> = {}) {
  const received: IntegrationMessage[] = [];
  const consumer: Consumer = {
    name,
    topics,
    validate:
      behaviour.validate ??
      ((message) => {
        if (typeof (message.data as { amount?: unknown }).amount !== 'number') throw new Error('amount must be a number');
      }),
    async handle(message) {
      await behaviour.handle?.(message);
      received.push(message);
    },
  };
  return { consumer, received };
}

export function eventBusContract(name: string, open: () => Promise<EventBusHarness>, describeOrSkip: jest.Describe = describe): void {
  describeOrSkip(`EventBus contract: ${name}`, () => {
    let harness: EventBusHarness;
    const buses: EventBus[] = [];
    const unique = () => Math.random().toString(36).slice(2, 10);
    const topicName = () => `ia.test-orders-${unique()}.v1`;
    const append = async (orderId: string, type: string, amount: unknown, expected: number | 'no_stream') =>
      harness.store.appendToStream(`order-${orderId}`, [newEvent(type, { amount })], { expectedRevision: expected });
    const bus = async (publisher: Publisher, ...consumers: Consumer[]) => {
      const created = await harness.newBus();
      created.registerPublisher(publisher);
      for (const consumer of consumers) created.registerConsumer(consumer);
      await created.start();
      buses.push(created);
      return created;
    };

    beforeEach(async () => {
      harness = await open();
    });
    afterEach(async () => {
      for (const created of buses.splice(0)) await created.stop();
      await harness.dispose();
    });

    it('delivers each key’s messages in order and only on the topics a consumer follows', async () => {
      const topic = topicName();
      const { consumer, received } = recordingConsumer(`c-${unique()}`, [topic]);
      const other = recordingConsumer(`o-${unique()}`, [topicName()]);
      const running = await bus(testPublisher(topic), consumer, other.consumer);
      const [first, second] = [unique(), unique()];
      await append(first, 'Placed', 1, 'no_stream');
      await append(second, 'Placed', 10, 'no_stream');
      await append(first, 'Paid', 2, 0);
      const last = await append(first, 'Shipped', 3, 1);
      expect(await running.settled(last.lastPosition, SETTLE)).toBe(true);
      const ofFirst = received.filter((message) => message.key === first);
      expect(ofFirst.map((message) => message.type)).toEqual(['Placed', 'Paid', 'Shipped']);
      expect(received.filter((message) => message.key === second).map((message) => message.type)).toEqual(['Placed']);
      expect(received[0]).toMatchObject({ topic, correlationId: 'correlation-1', schemaVersion: 1 });
      expect(other.received).toEqual([]);
    });

    it('does not publish what the publisher keeps internal', async () => {
      const topic = topicName();
      const { consumer, received } = recordingConsumer(`c-${unique()}`, [topic]);
      const running = await bus(testPublisher(topic), consumer);
      const order = unique();
      await append(order, 'Internal', 1, 'no_stream');
      const last = await append(order, 'Placed', 2, 0);
      expect(await running.settled(last.lastPosition, SETTLE)).toBe(true);
      expect(received.map((message) => message.type)).toEqual(['Placed']);
    });

    it('parks a message that breaks its contract and goes on with the next', async () => {
      const topic = topicName();
      const consumerName = `c-${unique()}`;
      const { consumer, received } = recordingConsumer(consumerName, [topic]);
      const running = await bus(testPublisher(topic), consumer);
      const order = unique();
      await append(order, 'Placed', 'not a number', 'no_stream');
      const last = await append(order, 'Paid', 5, 0);
      expect(await running.settled(last.lastPosition, SETTLE)).toBe(true);
      expect(received.map((message) => message.type)).toEqual(['Paid']);
      const parked = await running.deadLetters(consumerName);
      expect(parked).toHaveLength(1);
      expect(parked[0]).toMatchObject({ consumer: consumerName, message: { type: 'Placed' } });
      expect(parked[0]?.error).toContain('amount must be a number');
    });

    it('retries a failing handler and parks the message when it keeps failing, without stopping', async () => {
      const topic = topicName();
      const consumerName = `c-${unique()}`;
      let flakyCalls = 0;
      const { consumer, received } = recordingConsumer(consumerName, [topic], {
        async handle(message) {
          if (message.type === 'Poison') throw new Error('cannot handle poison');
          if (message.type === 'Flaky' && (flakyCalls += 1) < 3) throw new Error('transient');
        },
      });
      const running = await bus(testPublisher(topic), consumer);
      const order = unique();
      await append(order, 'Flaky', 1, 'no_stream');
      await append(order, 'Poison', 2, 0);
      const last = await append(order, 'After', 3, 1);
      expect(await running.settled(last.lastPosition, SETTLE * 2)).toBe(true);
      expect(received.map((message) => message.type)).toEqual(['Flaky', 'After']);
      expect(flakyCalls).toBe(3);
      const parked = await running.deadLetters(consumerName);
      expect(parked.map((letter) => letter.message.type)).toEqual(['Poison']);
      expect(parked[0]?.error).toContain('cannot handle poison');
      expect(parked[0]?.attempts).toBeGreaterThan(1);
    }, 60_000);

    it('delivers after a restart what was published while it was down, and nothing twice', async () => {
      const topic = topicName();
      const consumerName = `c-${unique()}`;
      const { consumer, received } = recordingConsumer(consumerName, [topic]);
      const order = unique();
      const first = await bus(testPublisher(topic), consumer);
      const placed = await append(order, 'Placed', 1, 'no_stream');
      expect(await first.settled(placed.lastPosition, SETTLE)).toBe(true);
      await first.stop();
      await append(order, 'Paid', 2, 0);
      const last = await append(order, 'Shipped', 3, 1);
      const restarted = await bus(testPublisher(topic), consumer);
      expect(await restarted.settled(last.lastPosition, SETTLE)).toBe(true);
      expect(received.map((message) => message.type)).toEqual(['Placed', 'Paid', 'Shipped']);
    });
  });
}
