import { sessionStoreContract } from '@ia/testing';
import { createMemorySessionStore } from './memory-session-store';

sessionStoreContract('memory', async () => ({ sessions: createMemorySessionStore(), dispose: async () => undefined }));
