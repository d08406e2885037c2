import type { KeyStore } from '@ia/kernel';
import type { RedisClient } from './redis-connection';
import { redisKeys, type RedisKeyOptions } from './redis-keys';

// Refuses a new key for an erased person and keeps the first key for everyone else, atomically.
const CREATE = `if redis.call('SISMEMBER', KEYS[2], ARGV[1]) == 1 then return false end
redis.call('HSETNX', KEYS[1], ARGV[1], ARGV[2])
return redis.call('HGET', KEYS[1], ARGV[1])`;
const ERASE = `redis.call('SADD', KEYS[2], ARGV[1]) return redis.call('HDEL', KEYS[1], ARGV[1])`;

/**
 * Person keys in one hash, erasures in a set. The Redis server must persist (AOF) for this to be
 * durable: losing the hash would erase everyone's personal data.
 */
export function createRedisKeyStore(client: RedisClient, options: RedisKeyOptions = {}): KeyStore {
  const keys = redisKeys(options);
  const both = [keys.personKeys(), keys.erasedPersons()];
  return {
    async find(subject) {
      const stored = await client.hGet(keys.personKeys(), subject);
      return stored ? new Uint8Array(Buffer.from(stored, 'base64')) : undefined;
    },
    async create(subject, key) {
      const stored = await client.eval(CREATE, { keys: both, arguments: [subject, Buffer.from(key).toString('base64')] });
      if (typeof stored !== 'string') throw new Error(`Personal data of ${subject} was erased; no new key is made`);
      return new Uint8Array(Buffer.from(stored, 'base64'));
    },
    async erase(subject) {
      return Number(await client.eval(ERASE, { keys: both, arguments: [subject] })) > 0;
    },
    async isErased(subject) {
      return Boolean(await client.sIsMember(keys.erasedPersons(), subject));
    },
  };
}
