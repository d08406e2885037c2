import { randomUUID } from 'node:crypto';
import { jsonEvent, type EventStoreDBClient } from '@eventstore/db-client';
import { GenericContainer, Wait, type StartedTestContainer } from 'testcontainers';
import { connectEventStoreDb } from '../esdb-connection';

const IMAGE = 'eventstore/eventstore:24.10';
const PORT = 2113;
const READY_TIMEOUT = 60_000;

export interface EventStoreDbServer {
  readonly url: string;
  stop(): Promise<void>;
}

/** A single insecure in-memory node with the standard projections running, as in infra/docker-compose.yml. */
export async function startEventStoreDb(): Promise<EventStoreDbServer> {
  const container: StartedTestContainer = await new GenericContainer(IMAGE)
    .withEnvironment({
      EVENTSTORE_INSECURE: 'true',
      EVENTSTORE_RUN_PROJECTIONS: 'All',
      EVENTSTORE_START_STANDARD_PROJECTIONS: 'true',
      EVENTSTORE_MEM_DB: 'true',
    })
    .withExposedPorts(PORT)
    .withWaitStrategy(Wait.forHttp('/health/live', PORT).forStatusCodeMatching((status) => status >= 200 && status < 300))
    .withStartupTimeout(120_000)
    .start();
  const url = `esdb://${container.getHost()}:${container.getMappedPort(PORT)}?tls=false`;
  await untilWritable(url);
  return { url, stop: async () => void (await container.stop()) };
}

/** The node answers health checks before it has elected itself leader; writes fail until then. */
async function untilWritable(url: string): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT;
  for (;;) {
    let client: EventStoreDBClient | undefined;
    try {
      client = await connectEventStoreDb(url);
      await client.appendToStream(`warmup-${randomUUID()}`, jsonEvent({ type: 'Warmup', data: {} }));
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 500));
    } finally {
      await client?.dispose();
    }
  }
}
