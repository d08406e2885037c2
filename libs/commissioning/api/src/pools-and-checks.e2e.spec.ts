import { createTestApp, fixedClock, type TestApp } from '@ia/testing';
import { CommissioningModule } from './commissioning.module';
import { announce, completion, published, signing, UpstreamTestModule } from './test-support/upstream.module';

const PRODUCING = '01960000-0000-7000-8000-00000000e001';
const OPENED = '01960000-0000-7000-8000-00000000e002';
const SIGNED_LAST_YEAR = '01960000-0000-7000-8000-00000000e003';
const SIGNED_THIS_YEAR = '01960000-0000-7000-8000-00000000e004';
const base = `/api/v1/projects/${PRODUCING}/commissioning`;
const figures = { output: 1_200_000, mainBusinessRevenue: 1_000_000, tax: 562_500, jobs: 260, investmentCompleted: 280_000_000 };

async function produce(test: TestApp): Promise<void> {
  await announce(test, 'ProjectSigned', signing(PRODUCING, { projectName: '高端装备制造项目', enterpriseName: '湘乡精工装备有限公司' }));
  await announce(test, 'ConstructionCompleted', completion(PRODUCING));
  for (const [path, body] of [
    ['equipment-debugging', { startedOn: '2025-01-20' }],
    ['trial-production', { startedOn: '2025-02-01' }],
    ['full-production', { startedOn: '2025-05-01' }],
  ] as const) {
    await test.http.post(`${base}/${path}`).set(test.as('leader')).send(body).expect(200);
  }
  await test.http.put(`${base}/monthly-reports/2025-02`).set(test.as('leader')).send(figures).expect(200);
}

describe('commissioning over HTTP: commitment checks and cultivation pools', () => {
  let test: TestApp;
  beforeAll(async () => {
    test = await createTestApp([UpstreamTestModule, CommissioningModule], { clock: fixedClock('2026-03-02T02:00:00Z') });
    await produce(test);
    await announce(test, 'ConstructionCompleted', completion(OPENED, '2026-02-20'));
    await announce(test, 'ProjectSigned', signing(SIGNED_LAST_YEAR, { projectName: '新能源电池壳体项目', signedOn: '2025-06-10' }));
    await announce(test, 'ProjectSigned', signing(SIGNED_THIS_YEAR, { projectName: '智能物流园项目', signedOn: '2026-01-08' }));
  });
  afterAll(async () => {
    await test.close();
    test.remove();
  });

  it('shows the live commitment check with each figure’s shortfall', async () => {
    const view = (await test.http.get(base).set(test.as('auditor')).expect(200)).body;
    expect(view.commitmentCheck).toEqual({
      current: [
        { figure: 'investment', committed: 300_000_000, actual: 280_000_000, shortfall: 20_000_000 },
        { figure: 'jobs', committed: 300, actual: 260, shortfall: 40 },
        { figure: 'tax_per_mu', committed: 150_000, actual: 6_250, shortfall: 143_750 },
      ],
      completion: null,
      fullCapacity: null,
    });
  });

  it('records the check at completion, and refuses a second one or one at full capacity before it is reached', async () => {
    await test.http
      .post(`${base}/commitment-checks`)
      .set(test.as('leader'))
      .send({ checkpoint: 'completion', checkedOn: '2025-03-10', reason: '竣工对标验收' })
      .expect(200);
    const view = (await test.http.get(base).set(test.as('promoter')).expect(200)).body;
    expect(view.commitmentCheck.completion).toEqual({ checkedOn: '2025-03-10', figures: view.commitmentCheck.current });
    const again = await test.http
      .post(`${base}/commitment-checks`)
      .set(test.as('admin'))
      .send({ checkpoint: 'completion', checkedOn: '2025-03-11' })
      .expect(409);
    expect(again.body).toMatchObject({ code: 'COMMISSIONING.ALREADY_CHECKED', checkpoint: 'completion' });
    const early = await test.http
      .post(`${base}/commitment-checks`)
      .set(test.as('admin'))
      .send({ checkpoint: 'full_capacity', checkedOn: '2025-03-11' })
      .expect(409);
    expect(early.body.code).toBe('COMMISSIONING.NOT_AT_FULL_CAPACITY');
    const unknown = await test.http
      .post(`/api/v1/projects/${OPENED}/commissioning/commitment-checks`)
      .set(test.as('admin'))
      .send({ checkpoint: 'completion', checkedOn: '2026-03-01' })
      .expect(409);
    expect(unknown.body.code).toBe('COMMISSIONING.COMMITMENTS_UNKNOWN');
  });

  it('checks again at full capacity and publishes both checks', async () => {
    await test.http.post(`${base}/full-capacity`).set(test.as('leader')).send({ reachedOn: '2025-12-31' }).expect(200);
    await test.http
      .post(`${base}/commitment-checks`)
      .set(test.as('admin'))
      .send({ checkpoint: 'full_capacity', checkedOn: '2026-01-05' })
      .expect(200);
    expect((await test.http.get(base).set(test.as('auditor'))).body.commitmentCheck.fullCapacity.checkedOn).toBe('2026-01-05');
    expect(await test.runtime.reactionsAt(await test.engines.store.headPosition())).toBe(true);
    const checks = published.filter((message) => message.type === 'CommitmentsChecked').map((message) => message.data);
    expect(checks).toEqual([
      expect.objectContaining({ projectId: PRODUCING, checkpoint: 'completion', checkedOn: '2025-03-10' }),
      expect.objectContaining({ projectId: PRODUCING, checkpoint: 'full_capacity', checkedOn: '2026-01-05' }),
    ]);
    expect(published.map((message) => message.type)).toContain('FullCapacityReached');
  });

  it('refuses a bad check with 400 and appends nothing', async () => {
    const before = await test.engines.store.headPosition();
    const response = await test.http
      .post(`${base}/commitment-checks`)
      .set(test.as('admin'))
      .send({ checkpoint: 'handover', checkedOn: '2026-02-29' })
      .expect(400);
    expect((response.body.errors as Array<{ field: string }>).map((error) => error.field)).toEqual(['checkpoint', 'checkedOn']);
    await test.http
      .post(`${base}/commitment-checks`)
      .set(test.as('promoter'))
      .send({ checkpoint: 'completion', checkedOn: '2026-01-05' })
      .expect(403);
    expect(await test.engines.store.headPosition()).toBe(before);
  });

  it('derives the cultivation pools from the events', async () => {
    const pools = (await test.http.get('/api/v1/commissioning/pools').set(test.as('promoter')).expect(200)).body;
    const ids = (entries: Array<{ projectId: string }>) => entries.map((entry) => entry.projectId);
    expect(pools).toMatchObject({ year: 2026, threshold: 20_000_000, nearThreshold: 16_000_000 });
    expect(ids(pools.pools.continuing)).toEqual([SIGNED_LAST_YEAR]);
    expect(ids(pools.pools.new)).toEqual([SIGNED_THIS_YEAR]);
    expect(ids(pools.pools.about_to_commission)).toEqual([OPENED]);
    expect(pools.pools.above_scale).toEqual([
      {
        projectId: PRODUCING,
        parkId: 'park-xiangxiang',
        projectName: '高端装备制造项目',
        enterpriseName: '湘乡精工装备有限公司',
        stage: 'full_capacity',
        trailingRevenue: 1_000_000,
        scale: 'below',
      },
    ]);
    expect(pools.warnings).toEqual({ near: [], candidates: [], atRisk: [] });
    const lastYear = (await test.http.get('/api/v1/commissioning/pools?year=2025').set(test.as('auditor')).expect(200)).body;
    expect(ids(lastYear.pools.new)).toEqual([SIGNED_LAST_YEAR]);
    expect(lastYear.pools.continuing).toEqual([]);
  });

  it('refuses a bad pools query with 400', async () => {
    expect((await test.http.get('/api/v1/commissioning/pools?year=1999').set(test.as('auditor')).expect(400)).body.code).toBe(
      'REQUEST.VALIDATION_FAILED',
    );
    await test.http.get('/api/v1/commissioning/pools?park=x').set(test.as('auditor')).expect(400);
    await test.http.get('/api/v1/commissioning/pools').set(test.as('agent')).expect(403);
  });
});

describe('commissioning with a park’s own above-scale policy', () => {
  let test: TestApp;
  beforeAll(async () => {
    test = await createTestApp([UpstreamTestModule, CommissioningModule.withPolicy({ threshold: 1_200_000, nearPercent: 50 })], {
      clock: fixedClock('2026-03-02T02:00:00Z'),
    });
    await produce(test);
  });
  afterAll(async () => {
    await test.close();
    test.remove();
  });

  it('measures firms against that threshold and band', async () => {
    const view = (await test.http.get(base).set(test.as('auditor')).expect(200)).body;
    expect(view.scale).toEqual({ status: 'near', threshold: 1_200_000, nearThreshold: 600_000 });
    const pools = (await test.http.get('/api/v1/commissioning/pools').set(test.as('auditor')).expect(200)).body;
    expect(pools.warnings.near.map((entry: { projectId: string }) => entry.projectId)).toEqual([PRODUCING]);
    const refused = await test.http.post(`${base}/statistics-entry`).set(test.as('admin')).send({ enteredOn: '2026-03-01' }).expect(409);
    expect(refused.body).toMatchObject({ code: 'COMMISSIONING.BELOW_THRESHOLD', threshold: 1_200_000 });
  });
});
