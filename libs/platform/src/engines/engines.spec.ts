import { describeWithPostgres, describeWithRedis, temporarySchema } from '@ia/testing';
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
    ['PostgreSQL', { IA_STORE: 'postgres://ia@127.0.0.1:1/ia' }],
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

describeWithPostgres()('events in PostgreSQL', () => {
  const schema = temporarySchema();
  afterAll(() => schema.drop());

  it('keeps checkpoints, dead letters and idempotency keys beside the events, and a safety poll of seconds', async () => {
    const engines = await createEngines(loadConfiguration({ IA_STORE: schema.url }, 'engines-test'), { service: 'engines-test' });
    try {
      expect(engines.names).toEqual({ store: 'postgresql', bus: 'embedded', readModels: 'memory' });
      expect(engines.pollIntervalMilliseconds).toBeGreaterThanOrEqual(1_000);
      expect(await engines.idempotency.reserve('request-1', 'hash')).toEqual({ status: 'reserved' });
      await engines.idempotency.complete('request-1', { requestHash: 'hash', result: { id: '线索-1' } });
    } finally {
      await engines.close();
    }
    const reopened = await createEngines(loadConfiguration({ IA_STORE: schema.url }, 'engines-test'), { service: 'engines-test' });
    try {
      expect(await reopened.idempotency.find('request-1')).toEqual({ requestHash: 'hash', result: { id: '线索-1' } });
    } finally {
      await reopened.close();
    }
  });
});
