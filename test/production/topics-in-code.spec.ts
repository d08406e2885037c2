import type { Consumer, Publisher } from '@ia/kernel';
import { DECLARED_TOPICS, EventSourcingRuntime } from '@ia/platform';
import { createTestApp } from '@ia/testing';
import { SUITE_CONTEXTS } from '../../services/suite/src/contexts';

describe('Kafka topics the services use', () => {
  it('are exactly the declared ones: every publisher topic, consumer topic and dead-letter topic, and no more', async () => {
    const publishers = jest.spyOn(EventSourcingRuntime.prototype, 'registerPublisher');
    const consumers = jest.spyOn(EventSourcingRuntime.prototype, 'registerConsumer');
    const app = await createTestApp(SUITE_CONTEXTS, { environment: { IA_STORE: 'memory:' } });
    try {
      const used = new Set([
        ...publishers.mock.calls.flatMap(([publisher]: [Publisher]) => [publisher.topic, `ia.${publisher.service}.dlq`]),
        ...consumers.mock.calls.flatMap(([consumer]: [Consumer]) => [...consumer.topics, `ia.${consumer.name}.dlq`]),
      ]);
      expect(publishers).toHaveBeenCalledTimes(6);
      expect([...used].sort()).toEqual(DECLARED_TOPICS.map((topic) => topic.name).sort());
    } finally {
      publishers.mockRestore();
      consumers.mockRestore();
      await app.close();
      app.remove();
    }
  });
});
