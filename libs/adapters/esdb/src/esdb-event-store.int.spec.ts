import { describeWithContainers, eventStoreContract } from '@ia/testing';
import { connectEventStoreDb } from './esdb-connection';
import { createEventStoreDbStore } from './esdb-event-store';
import { eventStoreDbBehaviour } from './test-support/eventstoredb-behaviour';
import { startEventStoreDb, type EventStoreDbServer } from './test-support/eventstoredb-container';

const describeOrSkip = describeWithContainers('EventStoreDB');

describeOrSkip('EventStoreDB adapter', () => {
  let server: EventStoreDbServer;
  beforeAll(async () => {
    server = await startEventStoreDb();
  }, 180_000);
  afterAll(() => server?.stop());

  const open = async () => {
    const store = createEventStoreDbStore(await connectEventStoreDb(server.url));
    return { store, dispose: () => store.close() };
  };

  eventStoreContract('EventStoreDB', open);

  eventStoreDbBehaviour(open);
});
