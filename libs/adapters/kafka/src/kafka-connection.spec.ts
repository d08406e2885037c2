import { createServer, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { createMemoryCheckpointStore, createMemoryEventStore, createMemoryIdempotencyStore } from '@ia/adapters/memory';
import { probeKafka } from './kafka-connection';
import { connectKafkaEventBus } from './kafka-event-bus';
import { catalogOf } from './kafka-topics';

describe('Kafka connection', () => {
  it('fails within seconds, naming Kafka and the brokers, when nothing listens', async () => {
    const started = Date.now();
    const connecting = connectKafkaEventBus({
      brokers: ['127.0.0.1:1'],
      clientId: 'ia-probe',
      topics: catalogOf([]),
      maximumReplication: 1,
      store: createMemoryEventStore(),
      checkpoints: createMemoryCheckpointStore(),
      dedupe: createMemoryIdempotencyStore(),
    });
    await expect(connecting).rejects.toThrow(/^Kafka at kafka:\/\/127\.0\.0\.1:1 is unreachable/);
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  describe('against a broker that accepts connections and never answers', () => {
    let server: Server;
    const sockets = new Set<Socket>();
    beforeAll(async () => {
      server = createServer((socket) => {
        // Reads and drops the requests, so that it notices when the client closes the connection.
        socket.resume();
        sockets.add(socket);
        socket.on('close', () => sockets.delete(socket));
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    });
    afterAll(async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    });

    it('gives up after the 3 s its message names, and leaves no connection open behind it', async () => {
      const { port } = server.address() as AddressInfo;
      const started = Date.now();
      await expect(probeKafka({ brokers: [`127.0.0.1:${port}`], clientId: 'ia-probe' })).rejects.toThrow(
        `Kafka at kafka://127.0.0.1:${port} is unreachable: no answer within 3 s`,
      );
      const elapsed = Date.now() - started;
      expect(elapsed).toBeGreaterThanOrEqual(2_900);
      expect(elapsed).toBeLessThan(5_000);
      await waitUntil(() => sockets.size === 0, 2_000);
      expect(sockets.size).toBe(0);
    });
  });
});

async function waitUntil(condition: () => boolean, timeoutMilliseconds: number): Promise<void> {
  const deadline = Date.now() + timeoutMilliseconds;
  while (!condition() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
}
