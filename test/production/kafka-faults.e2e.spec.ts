import { randomUUID } from 'node:crypto';
import { Kafka, logLevel } from 'kafkajs';
import { DECLARED_TOPICS } from '@ia/platform';
import { describeWithKafka, describeWithPostgres, temporarySchema } from '@ia/testing';
import { brokerUnavailable, startDedicatedBroker, type DedicatedBroker } from './support/dedicated-broker';
import { ServiceDeployment } from './support/deployment';
import { readTopic } from './support/read-topic';
import { redisUnavailable, startRedis } from './support/redis-server';
import { freePort, startServiceProcess, stopServiceProcess } from './support/service-process';

jest.setTimeout(180_000);

const describeOrSkip = ((): jest.Describe => {
  const ready = describeWithKafka() === describe && describeWithPostgres() === describe;
  const missing = brokerUnavailable() ?? redisUnavailable();
  if (missing) process.stdout.write(`[skip] Kafka fault suites: ${missing}\n`);
  return ready && !missing ? describe : describe.skip;
})();

const POLICY = { wantedIndustries: ['C38'], excludedIndustries: [], minimumInvestmentIntensity: 0, minimumTaxPerMu: 0, minimumJobs: 0 };
const FAST = 10_000;

function leadBody(name: string) {
  return {
    parkId: 'xiangxiang-edz',
    companyName: `湘乡故障${name}电气有限公司`,
    industrySection: 'C',
    industryDivision: '38',
    source: 'promotion_event',
    sourceName: '湘港经贸合作周',
    contactPerson: '王经理',
    contactPhone: '13812345678',
    intendedInvestment: 50_000_000,
    landDemandMu: 30,
    expectedJobs: 120,
    expectedAnnualOutput: 80_000_000,
    expectedAnnualTax: 3_000_000,
  };
}

describeOrSkip('faults over a real Kafka broker: lead intake publishes, contract signing reacts', () => {
  const schema = temporarySchema('ia_faults');
  let broker: DedicatedBroker;
  let redis: Awaited<ReturnType<typeof startRedis>>;
  let deployment: ServiceDeployment;
  const qualified = new Set<string>();

  /** Registers and qualifies a lead; the qualification is what contract signing must record exactly once. */
  const qualifyOne = async (name: string) => {
    const lead = await deployment.post('promoter', 'zhang.wei', '/api/v1/leads', leadBody(name), 201);
    const id = lead['id'] as string;
    await deployment.post('promoter', 'zhang.wei', `/api/v1/leads/${id}/screenings`, { decision: 'qualify', reason: '故障测试' });
    qualified.add(id);
    return id;
  };

  /** Every acknowledged qualification recorded by contract signing, each exactly once, and nothing parked but what is named. */
  const expectEachRecordedOnce = async (parked: readonly string[] = []) => {
    await deployment.settle();
    const letters = await deployment.getFrom('contract-signing', 'admin', 'admin-li', '/api/v1/operations/dead-letters');
    const parkedIds = (letters['items'] as Array<{ message: { eventId: string }; error: string }>).map((letter) => letter.message.eventId);
    expect({ parked: parkedIds, letters: parkedIds.length === parked.length ? [] : letters['items'] }).toEqual({ parked, letters: [] });
    const recorded = (await deployment.stored('LeadQualificationRecorded')).map((event) => event.data['leadId'] as string);
    expect(recorded.filter((lead) => qualified.has(lead)).sort()).toEqual([...qualified].sort());
    expect(recorded.length).toBe(new Set(recorded).size);
  };

  beforeAll(async () => {
    [broker, redis] = await Promise.all([startDedicatedBroker(), startRedis()]);
    // A reservation held by a killed process is taken over after 5 s instead of 60, to keep the test short.
    const environment = { IA_IDEMPOTENCY_PENDING_SECONDS: '5' };
    deployment = await ServiceDeployment.start(
      '2026-03-02',
      { storeUrl: schema.url, brokers: broker.brokers, redisUrl: redis.url, environment },
      ['lead-intake', 'contract-signing'],
    );
    await deployment.put('admin', 'admin-li', '/api/v1/park-policies/xiangxiang-edz', POLICY);
  });
  afterAll(async () => {
    broker?.resume();
    await deployment?.stop();
    await Promise.all([broker?.close(), redis?.stop()]);
    await schema.drop();
  });

  it('loses nothing while the broker is stopped for a while and restarted, commands coming all along', async () => {
    let stop = false;
    let sent = 0;
    const client = async (number: number) => {
      for (let sequence = 0; !stop; sequence += 1, sent += 1) await qualifyOne(`停机${number}-${sequence}`);
    };
    const clients = [client(1), client(2)];
    while (qualified.size < 6) await new Promise((resolve) => setTimeout(resolve, 20));
    await broker.stop();
    const during = qualified.size;
    await new Promise((resolve) => setTimeout(resolve, 4_000));
    expect(qualified.size).toBeGreaterThan(during);
    await broker.restart();
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    stop = true;
    await Promise.all(clients);
    await expectEachRecordedOnce();
    process.stdout.write(`[faults] broker down 4 s: ${sent} qualifications, ${qualified.size - during} of them from its stop on\n`);
  });

  it('reacts once to each qualification when the publishing and the reacting service are killed -9 mid-stream', async () => {
    const burst = await Promise.all(Array.from({ length: 24 }, (_, index) => qualifyOne(`斩断${index}`)));
    await Promise.all([deployment.killService('lead-intake'), deployment.killService('contract-signing')]);
    const recordedAtKill = (await deployment.stored('LeadQualificationRecorded')).filter((event) =>
      burst.includes(event.data['leadId'] as string),
    );
    await Promise.all([deployment.restartService('lead-intake'), deployment.restartService('contract-signing')]);
    await expectEachRecordedOnce();
    process.stdout.write(
      `[faults] kill -9 after a burst of 24: ${recordedAtKill.length} recorded before the kill, the rest after the restart\n`,
    );
  });

  it('parks a message its consumer refuses on the declared dead-letter topic and goes on with the next', async () => {
    const dlq = 'ia.contract-signing.leads.dlq';
    expect(DECLARED_TOPICS.map((topic) => topic.name)).toContain(dlq);
    const eventId = randomUUID();
    const producer = new Kafka({ brokers: [...broker.brokers], clientId: 'ia-test-poison', logLevel: logLevel.NOTHING }).producer();
    await producer.connect();
    const poison = {
      eventId,
      type: 'LeadQualified',
      schemaVersion: 1,
      topic: 'ia.lead-intake.v1',
      key: 'lead-poison',
      data: { leadId: 42 },
    };
    const message = {
      ...poison,
      occurredAt: '2026-03-02T02:00:00.000Z',
      recordedAt: new Date().toISOString(),
      correlationId: eventId,
      causationId: eventId,
    };
    await producer.send({
      topic: 'ia.lead-intake.v1',
      messages: [
        {
          key: 'lead-poison',
          value: JSON.stringify({ ...message, actor: { id: 'intruder', role: 'promoter' } }),
          headers: { 'event-id': eventId },
        },
      ],
    });
    await producer.disconnect();
    const after = await qualifyOne('毒丸之后');
    await expectEachRecordedOnce([eventId]);
    expect(qualified.has(after)).toBe(true);
    const parked = await deployment.getFrom('contract-signing', 'admin', 'admin-li', '/api/v1/operations/dead-letters');
    expect(parked['items']).toEqual([
      expect.objectContaining({ consumer: 'contract-signing.leads', message: expect.objectContaining({ eventId }) }),
    ]);
    const onTopic = await readTopic(broker.brokers, dlq, 1);
    expect(onTopic[0]).toMatchObject({ 'event-id': eventId, consumer: 'contract-signing.leads', 'original-topic': 'ia.lead-intake.v1' });
    expect(onTopic[0]?.['error']).toContain('leadId');
  });

  it('stops a service within seconds while the broker hangs, and refuses to start against it, naming Kafka', async () => {
    broker.pause();
    try {
      const stopping = await deployment.stopService('contract-signing');
      expect(stopping).toBeLessThan(FAST);
      expect(deployment.service('contract-signing').child.signalCode).not.toBe('SIGKILL');
      const started = Date.now();
      const hung = await startServiceProcess('contract-signing', deployment.environment(), { waitHealthy: false });
      const exit = await hung.exited();
      expect(Date.now() - started).toBeLessThan(FAST);
      expect(exit.code).toBe(1);
      expect(hung.output()).toContain(`Kafka at kafka://${broker.brokers[0]} is unreachable: no answer within 3 s`);
    } finally {
      broker.resume();
    }
    await deployment.restartService('contract-signing');
  });

  it('refuses to start within seconds, naming Kafka, when no broker listens', async () => {
    const closed = await freePort();
    const started = Date.now();
    const service = await startServiceProcess(
      'contract-signing',
      { ...deployment.environment(), IA_BUS: `kafka://127.0.0.1:${closed}` },
      { waitHealthy: false },
    );
    const exit = await service.exited();
    expect(Date.now() - started).toBeLessThan(FAST);
    expect(exit.code).toBe(1);
    expect(service.output()).toContain(`Kafka at kafka://127.0.0.1:${closed} is unreachable`);
    await stopServiceProcess(service);
  });
});
