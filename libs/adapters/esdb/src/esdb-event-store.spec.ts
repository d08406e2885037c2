import { eventStoreContract } from '@ia/testing';
import { createEventStoreDbStore } from './esdb-event-store';
import { eventStoreDbBehaviour } from './test-support/eventstoredb-behaviour';
import { simulatedEventStoreDb } from './test-support/simulated-eventstoredb';

// The real server runs in esdb-event-store.int.spec.ts; this one runs everywhere and checks the
// adapter's own logic (hash chain, paging past system events, correlation index, conflict mapping).
const open = async () => {
  const store = createEventStoreDbStore(simulatedEventStoreDb());
  return { store, dispose: () => store.close() };
};

eventStoreContract('EventStoreDB adapter on a simulated server', open);

describe('EventStoreDB adapter on a simulated server', () => eventStoreDbBehaviour(open));
