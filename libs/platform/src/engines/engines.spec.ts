import { describeWithRedis } from '@ia/testing';
import { loadConfiguration } from '../config/configuration';
import { createEngines } from './engines';

const TIMELY = 10_000;

async function startOn(environment: Record<string, string>): Promise<{ message: string; milliseconds: number }> {
  const started = Date.now();
  const configuration = loadConfiguration({ IA_STORE: 'memory:', IA_KEY_STORE: 'memory:', ...environment }, 'engines-test');
  const outcome = await createEngines(configuration, { service: 'engines-test' }).then(
    async (engines) => {
      await engines.close();
      return 'started';
    },
    (error: unknown) => (error instanceof Error ? error.message : String(error)),
  );
  return { message: outcome, milliseconds: Date.now() - started };
}

describe('engines that do not answer at start', () => {
  it.each([
    ['EventStoreDB', { IA_STORE: 'esdb://127.0.0.1:1?tls=false' }],
    ['Kafka', { IA_BUS: 'kafka://127.0.0.1:1' }],
    ['Redis', { IA_READ_MODELS: 'redis://127.0.0.1:1' }],
  ])(
    'stops the start within seconds with a message naming %s',
    async (engine, environment) => {
      const { message, milliseconds } = await startOn(environment);
      expect(message).toMatch(new RegExp(`^${engine} at .* is unreachable`));
      expect(milliseconds).toBeLessThan(TIMELY);
    },
    15_000,
  );
});

describe('engine names reported to health', () => {
  it('names the embedded engines', async () => {
    const engines = await createEngines(loadConfiguration({ IA_STORE: 'memory:' }, 'engines-test'), { service: 'engines-test' });
    expect(engines.names).toEqual({ store: 'memory', bus: 'embedded', readModels: 'memory' });
    await engines.close();
  });

  describeWithRedis()('on a real Redis', () => {
    it('names Redis when read models live there', async () => {
      const engines = await createEngines(
        loadConfiguration({ IA_STORE: 'memory:', IA_READ_MODELS: process.env['REDIS_URL'] ?? '' }, 'engines-test'),
        {
          service: 'engines-test',
        },
      );
      expect(engines.names.readModels).toBe('redis');
      await expect(engines.readModels.ping()).resolves.toBeUndefined();
      await engines.close();
    });
  });
});
