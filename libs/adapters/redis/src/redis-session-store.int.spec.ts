import { randomUUID } from 'node:crypto';
import { describeWithRedis, sessionStoreContract } from '@ia/testing';
import { connectRedis, type RedisClient } from './redis-connection';
import { createRedisSessionStore } from './redis-session-store';

const keyPrefix = `ia-test-${randomUUID()}:`;

sessionStoreContract(
  'redis',
  async () => {
    const client: RedisClient = await connectRedis(process.env['REDIS_URL'] ?? '');
    return {
      sessions: createRedisSessionStore(client, { keyPrefix }),
      async dispose() {
        for await (const batch of client.scanIterator({ MATCH: `${keyPrefix}*`, COUNT: 500 })) {
          if (batch.length > 0) await client.del(batch);
        }
        await client.close();
      },
    };
  },
  describeWithRedis(),
);
