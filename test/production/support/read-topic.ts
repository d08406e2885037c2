import { randomUUID } from 'node:crypto';
import { Kafka, logLevel } from 'kafkajs';

/** Reads the first `count` messages of a topic from its beginning, as their headers (text). */
export async function readTopic(brokers: readonly string[], topic: string, count: number): Promise<Array<Record<string, string>>> {
  const consumer = new Kafka({ brokers: [...brokers], clientId: 'ia-test-reader', logLevel: logLevel.NOTHING }).consumer({
    groupId: `ia-test-reader-${randomUUID()}`,
  });
  const read: Array<Record<string, string>> = [];
  await consumer.connect();
  try {
    await consumer.subscribe({ topics: [topic], fromBeginning: true });
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`read ${read.length} of ${count} messages of ${topic}`)), 20_000);
      void consumer.run({
        eachMessage: async ({ message }) => {
          read.push(Object.fromEntries(Object.entries(message.headers ?? {}).map(([name, value]) => [name, String(value)])));
          if (read.length >= count) {
            clearTimeout(timer);
            resolve();
          }
        },
      });
    });
  } finally {
    await consumer.disconnect();
  }
  return read;
}
