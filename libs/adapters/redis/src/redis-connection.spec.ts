import { connectRedis, maskRedisUrl } from './redis-connection';

describe('Redis connection', () => {
  it('fails within seconds, naming Redis and the address, when nothing listens', async () => {
    const started = Date.now();
    await expect(connectRedis('redis://127.0.0.1:1')).rejects.toThrow(/^Redis at redis:\/\/127\.0\.0\.1:1 is unreachable/);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('never shows a password', () => {
    expect(maskRedisUrl('redis://user:secret@cache.internal:6379/0')).toBe('redis://user:***@cache.internal:6379/0');
    expect(maskRedisUrl('redis://:secret@cache.internal:6379')).not.toContain('secret');
  });
});
