import {
  checkpointStoreContract,
  eventStoreContract,
  idempotencyStoreContract,
  keyStoreContract,
  readModelStoreContract,
} from '@ia/testing';
import { createMemoryCheckpointStore } from './memory-checkpoint-store';
import { createMemoryEventStore } from './memory-event-store';
import { createMemoryIdempotencyStore } from './memory-idempotency-store';
import { createMemoryKeyStore } from './memory-key-store';
import { createMemoryReadModelStore } from './memory-read-model-store';

const nothing = async () => undefined;

eventStoreContract('memory', async () => ({ store: createMemoryEventStore(), dispose: nothing }));
readModelStoreContract('memory', async () => ({ readModels: createMemoryReadModelStore(), dispose: nothing }));
checkpointStoreContract('memory', async () => ({ checkpoints: createMemoryCheckpointStore(), dispose: nothing }));
idempotencyStoreContract('memory', async () => ({ idempotency: createMemoryIdempotencyStore(), dispose: nothing }));
keyStoreContract('memory', async () => ({ keys: createMemoryKeyStore(), dispose: nothing }));
