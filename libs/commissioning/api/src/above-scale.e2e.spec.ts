import { createTestApp, fixedClock, type TestApp } from '@ia/testing';
import { CommissioningModule } from './commissioning.module';
import { announce, completion, published, signing, UpstreamTestModule } from './test-support/upstream.module';

const PROJECT = '01960000-0000-7000-8000-00000000d001';
const base = `/api/v1/projects/${PROJECT}/commissioning`;
const MONTHS = [
  '2025-03',
  '2025-04',
  '2025-05',
  '2025-06',
  '2025-07',
  '2025-08',
  '2025-09',
  '2025-10',
  '2025-11',
  '2025-12',
  '2026-01',
  '2026-02',
];
const figures = (overrides: object = {}) => ({
  output: 1_800_000,
  mainBusinessRevenue: 1_500_000,
  tax: 1_125_000,
  jobs: 280,
  investmentCompleted: 290_000_000,
  ...overrides,
});

describe('commissioning over HTTP: monthly reports and entry into the statistics', () => {
  let test: TestApp;
  beforeAll(async () => {
    test = await createTestApp([UpstreamTestModule, CommissioningModule], { clock: fixedClock('2026-03-02T02:00:00Z') });
    await announce(test, 'ProjectSigned', signing(PROJECT));
    await announce(test, 'ConstructionCompleted', completion(PROJECT));
    await test.http.post(`${base}/equipment-debugging`).set(test.as('leader')).send({ startedOn: '2025-01-20' }).expect(200);
    await test.http.post(`${base}/trial-production`).set(test.as('leader')).send({ startedOn: '2025-02-01' }).expect(200);
  });
  afterAll(async () => {
    await test.close();
    test.remove();
  });

  it('records a year of monthly figures and shows the trailing twelve-month revenue and the firm near the threshold', async () => {
    for (const month of MONTHS) await test.http.put(`${base}/monthly-reports/${month}`).set(test.as('leader')).send(figures()).expect(200);
    const view = (await test.http.get(base).set(test.as('auditor')).expect(200)).body;
    expect(view.reports).toHaveLength(12);
    expect(view.reports[0]).toEqual({ month: '2025-03', ...figures() });
    expect(view).toMatchObject({
      trailingRevenue: 18_000_000,
      trailingTax: 13_500_000,
      scale: { status: 'near', threshold: 20_000_000, nearThreshold: 16_000_000 },
      statistics: null,
    });
  });

  it('treats the same figures again as nothing and other figures as a correction', async () => {
    const same = await test.http.put(`${base}/monthly-reports/2026-02`).set(test.as('admin')).send(figures()).expect(200);
    const corrected = await test.http
      .put(`${base}/monthly-reports/2026-02`)
      .set(test.as('admin'))
      .send(figures({ mainBusinessRevenue: 3_500_000, reason: '统计局核定' }))
      .expect(200);
    expect(corrected.body.revision).toBe(same.body.revision + 1);
    const [event] = (await test.engines.store.readStream(`commissioning-${PROJECT}`)).slice(-1);
    expect(event).toMatchObject({
      type: 'MonthCorrected',
      data: { month: '2026-02', previous: { mainBusinessRevenue: 1_500_000 }, figures: { mainBusinessRevenue: 3_500_000 } },
    });
    const view = (await test.http.get(base).set(test.as('promoter')).expect(200)).body;
    expect(view).toMatchObject({ trailingRevenue: 20_000_000, scale: { status: 'candidate' } });
  });

  it('refuses a month not begun, before completion, or revenue before production, with 409 and the code', async () => {
    expect((await test.http.put(`${base}/monthly-reports/2026-04`).set(test.as('leader')).send(figures()).expect(409)).body.code).toBe(
      'COMMISSIONING.MONTH_IN_FUTURE',
    );
    const beforeCompletion = await test.http
      .put(`${base}/monthly-reports/2024-12`)
      .set(test.as('leader'))
      .send(figures({ output: 0, mainBusinessRevenue: 0 }))
      .expect(409);
    expect(beforeCompletion.body).toMatchObject({ code: 'COMMISSIONING.MONTH_BEFORE_COMPLETION', completedOn: '2025-01-15' });
    const idle = '01960000-0000-7000-8000-00000000d002';
    await announce(test, 'ConstructionCompleted', completion(idle));
    const notProducing = await test.http
      .put(`/api/v1/projects/${idle}/commissioning/monthly-reports/2026-01`)
      .set(test.as('leader'))
      .send(figures())
      .expect(409);
    expect(notProducing.body).toMatchObject({ code: 'COMMISSIONING.NOT_PRODUCING', title: '尚未试生产，不能填报产值或主营业务收入' });
    await test.http
      .put(`/api/v1/projects/${idle}/commissioning/monthly-reports/2026-01`)
      .set(test.as('leader'))
      .send(figures({ output: 0, mainBusinessRevenue: 0 }))
      .expect(200);
  });

  it('refuses bad figures with 400 problem+json and appends nothing', async () => {
    const before = await test.engines.store.headPosition();
    const { tax: _tax, ...withoutTax } = figures();
    const cases: Array<[object, string[]]> = [
      [figures({ output: 1.5 }), ['output']],
      [figures({ mainBusinessRevenue: -1 }), ['mainBusinessRevenue']],
      [figures({ jobs: '280' }), ['jobs']],
      [withoutTax, ['tax']],
      [figures({ revenue: 1 }), ['revenue']],
      [figures({ reason: '说'.repeat(2001) }), ['reason']],
    ];
    for (const [body, fields] of cases) {
      const response = await test.http.put(`${base}/monthly-reports/2026-01`).set(test.as('leader')).send(body).expect(400);
      expect(response.body.code).toBe('REQUEST.VALIDATION_FAILED');
      expect((response.body.errors as Array<{ field: string }>).map((error) => error.field)).toEqual(fields);
    }
    const badMonth = await test.http.put(`${base}/monthly-reports/2026-13`).set(test.as('leader')).send(figures()).expect(400);
    expect(badMonth.headers['content-type']).toContain('application/problem+json');
    expect(badMonth.body.code).toBe('REQUEST.INVALID_MONTH');
    expect(await test.engines.store.headPosition()).toBe(before);
  });

  it('lets only an administrator record the entry, and only at the threshold', async () => {
    await test.http.post(`${base}/statistics-entry`).set(test.as('leader')).send({ enteredOn: '2026-03-01' }).expect(403);
    const below = '01960000-0000-7000-8000-00000000d002';
    const refused = await test.http
      .post(`/api/v1/projects/${below}/commissioning/statistics-entry`)
      .set(test.as('admin'))
      .send({ enteredOn: '2026-03-01' })
      .expect(409);
    expect(refused.body).toMatchObject({ code: 'COMMISSIONING.BELOW_THRESHOLD', trailingRevenue: 0, threshold: 20_000_000 });
    await test.http
      .post(`${base}/statistics-entry`)
      .set(test.as('admin'))
      .send({ enteredOn: '2026-03-01', reason: '统计部门审核通过' })
      .expect(200);
    const view = (await test.http.get(base).set(test.as('auditor')).expect(200)).body;
    expect(view).toMatchObject({
      statistics: { enteredOn: '2026-03-01', trailingRevenue: 20_000_000, threshold: 20_000_000 },
      scale: { status: 'entered' },
    });
    expect(
      (await test.http.post(`${base}/statistics-entry`).set(test.as('admin')).send({ enteredOn: '2026-03-02' }).expect(409)).body.code,
    ).toBe('COMMISSIONING.ALREADY_ENTERED');
    expect(
      (await test.http.post(`${base}/statistics-entry`).set(test.as('admin')).send({ enteredOn: '2026-3-2' }).expect(400)).body.errors,
    ).toEqual([{ field: 'enteredOn', messages: ['enteredOn must be a real date YYYY-MM-DD'] }]);
  });

  it('flags an entered firm whose trailing revenue fell below the threshold as at risk', async () => {
    await test.http
      .put(`${base}/monthly-reports/2026-02`)
      .set(test.as('leader'))
      .send(figures({ mainBusinessRevenue: 1_000_000 }))
      .expect(200);
    const view = (await test.http.get(base).set(test.as('auditor')).expect(200)).body;
    expect(view).toMatchObject({ trailingRevenue: 17_500_000, scale: { status: 'at_risk' } });
  });

  it('publishes production phases and the entry for other services', async () => {
    expect(await test.runtime.reactionsAt(await test.engines.store.headPosition())).toBe(true);
    const mine = published.filter((message) => message.key === PROJECT);
    expect(mine.map((message) => [message.type, message.data])).toEqual([
      ['ProductionStarted', { projectId: PROJECT, phase: 'trial', startedOn: '2025-02-01' }],
      ['AboveScaleEntered', { projectId: PROJECT, enteredOn: '2026-03-01', trailingRevenue: 20_000_000, threshold: 20_000_000 }],
    ]);
    expect(mine[1]).toMatchObject({ topic: 'ia.commissioning.v1', actor: { id: 'admin-1', role: 'admin' } });
  });
});
