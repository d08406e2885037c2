import { describeWithKafka, describeWithPostgres, kafkaBrokers, temporarySchema } from '@ia/testing';
import { firstHalf, firstPositions, secondHalf } from '../e2e/support/lifecycle';
import { PARK, type Project } from '../e2e/support/lifecycle-early';
import { SuiteDriver } from '../e2e/support/suite-driver';
import { auditorViews } from './support/auditor-views';
import { ServiceDeployment } from './support/deployment';
import { redisUnavailable, startRedis } from './support/redis-server';
import { SERVICES } from './support/service-process';

jest.setTimeout(300_000);

const describeOrSkip = ((): jest.Describe => {
  const kafka = describeWithKafka();
  const postgres = describeWithPostgres();
  const redis = redisUnavailable();
  if (redis) process.stdout.write(`[skip] seven processes: ${redis}\n`);
  return kafka === describe && postgres === describe && !redis ? describe : describe.skip;
})();

type Item = { type: string; service: string };

describeOrSkip('seven services as seven processes on PostgreSQL, Kafka and Redis', () => {
  const schema = temporarySchema('ia_seven');
  let redis: Awaited<ReturnType<typeof startRedis>>;
  let deployment: ServiceDeployment;
  let project: Project;
  let seen: Record<string, unknown>;
  let reference: Record<string, unknown>;

  beforeAll(async () => {
    redis = await startRedis();
    deployment = await ServiceDeployment.start('2026-02-09', { storeUrl: schema.url, brokers: kafkaBrokers(), redisUrl: redis.url });
    project = await firstHalf(deployment);
    await secondHalf(deployment, project);
    seen = await auditorViews(deployment, project, PARK);
    // The same life on the one-process suite on embedded engines: what the auditor must see here too.
    const suite = await SuiteDriver.start('2026-02-09');
    try {
      const same = await firstHalf(suite);
      await secondHalf(suite, same);
      reference = await auditorViews(suite, same, PARK);
    } finally {
      await suite.stop();
    }
  });
  afterAll(async () => {
    await deployment?.stop();
    await redis?.stop();
    await schema.drop();
  });

  it('runs each service alone, on the production engines', async () => {
    for (const name of SERVICES) {
      const health = (await (await fetch(`${deployment.service(name).url}/health`)).json()) as Record<string, unknown>;
      expect(health).toMatchObject({
        status: 'up',
        service: name,
        engines: { store: { engine: 'postgresql' }, bus: { engine: 'kafka' }, readModels: { engine: 'redis' } },
      });
    }
    expect(new Set(SERVICES.map((name) => deployment.service(name).child.pid)).size).toBe(7);
  });

  it('replays every fact, across all services, in the order it happened', () => {
    const items = seen['timeline'] as Item[];
    const positions = firstPositions(items.map((item) => item.type));
    expect(positions.every((position) => position >= 0)).toBe(true);
    expect([...positions].sort((left, right) => left - right)).toEqual(positions);
    expect(new Set(items.map((item) => item.service))).toEqual(
      new Set(['lead-intake', 'contract-signing', 'approvals', 'land-delivery', 'construction', 'commissioning']),
    );
    expect(items.filter((item) => item.type === 'ItemGranted')).toHaveLength(13);
  });

  it('shows the auditor exactly what the one-process suite shows: history, states on business dates, figures, integrity', () => {
    const compared = seen['compared'] as Record<string, Record<string, unknown>>;
    expect(compared['integrity']).toMatchObject({ valid: true });
    expect(compared['states']?.['2027-04-30']).toMatchObject({ stage: 'above_scale' });
    expect(compared['figures']).toMatchObject({ registration: { onSigningDay: true } });
    expect(compared).toEqual(reference['compared']);
  });

  it('parked nothing', async () => {
    for (const name of SERVICES) {
      const parked = await deployment.getFrom(name, 'admin', 'admin-li', '/api/v1/operations/dead-letters');
      expect({ name, items: parked['items'] }).toEqual({ name, items: [] });
    }
  });
});
