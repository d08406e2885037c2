import { createTestApp, fixedClock, newEvent, type TestApp } from '@ia/testing';
import { ProjectHistoryModule } from './project-history.module';

const projectId = '0193a1f0-0000-7000-8000-000000000011';
const otherId = '0193a1f0-0000-7000-8000-000000000012';
const agent = { actor: { id: 'agent-wang', role: 'agent' as const }, projectId };
const at = (date: string) => ({ occurredAt: `${date}T02:00:00.000Z` });
const signed = (id: string, parkId: string) =>
  newEvent(
    'AgreementSigned',
    {
      agreementId: `agreement-${id}`,
      projectId: id,
      parkId,
      projectName: '年产5万台智能配电设备项目',
      enterprise: { name: '湖南星辰电气有限公司', industrySection: 'C', industryDivision: '38' },
      commitments: {
        totalInvestment: 300_000_000,
        fixedAssetInvestment: 240_000_000,
        landAreaSquareMetres: 66_666.67,
        daysFromDeliveryToStart: 30,
        monthsToProduction: 18,
        jobs: 400,
        taxPerMu: 150_000,
      },
      signedOn: '2026-03-02',
    },
    { projectId: id, ...at('2026-03-02') },
  );
const opened = (itemId: string, code: string, stage: string) =>
  newEvent(
    'ItemOpened',
    { itemId, projectId, item: { code, name: code, stage, timeLimitDays: 0 }, openedOn: '2026-03-02', dueOn: '2026-03-02' },
    { ...agent, ...at('2026-03-02') },
  );

describe('a project’s state and key figures over HTTP', () => {
  let test: TestApp;
  let recordedBetween: string;

  beforeAll(async () => {
    test = await createTestApp([ProjectHistoryModule], { clock: fixedClock('2026-05-06T02:00:00Z') });
    const store = test.engines.store;
    await store.appendToStream(`agreement-${projectId}`, [signed(projectId, 'xiangxiang-edz')], { expectedRevision: 'no_stream' });
    await store.appendToStream(`agreement-${otherId}`, [signed(otherId, 'lanzhou-qinchuan')], { expectedRevision: 'no_stream' });
    await store.appendToStream('approval-business', [opened('business', 'business_registration', 'on_signing')], {
      expectedRevision: 'no_stream',
    });
    await store.appendToStream('approval-tax', [opened('tax', 'tax_registration', 'on_signing')], { expectedRevision: 'no_stream' });
    await store.appendToStream(
      'approval-business',
      [newEvent('ItemGranted', { grantedOn: '2026-03-02', licenceNumber: '91430381MA4L12345A' }, { ...agent, ...at('2026-03-02') })],
      { expectedRevision: 0 },
    );
    recordedBetween = (await store.readAll()).at(-1)!.recordedAt;
    // The next fact must be recorded at a later millisecond than the instant asked about.
    while (Date.now() <= Date.parse(recordedBetween)) await new Promise((resolve) => setImmediate(resolve));
    await store.appendToStream(
      'approval-tax',
      [newEvent('ItemGranted', { grantedOn: '2026-03-04', licenceNumber: '湘税登〔2026〕1号' }, { ...agent, ...at('2026-03-04') })],
      { expectedRevision: 0 },
    );
    const construction = { projectId, actor: { id: 'system:construction.land', role: 'system' as const } };
    await store.appendToStream(
      `construction-${projectId}`,
      [
        newEvent('LandDeliveryRecorded', { projectId, deliveredOn: '2026-04-15' }, { ...construction, ...at('2026-04-15') }),
        newEvent('ConstructionPermitRecorded', { projectId, grantedOn: '2026-04-16' }, { ...construction, ...at('2026-04-16') }),
        newEvent(
          'WorkStarted',
          { projectId, landDeliveredOn: '2026-04-15', constructionPermitOn: '2026-04-16', startedOn: '2026-04-18' },
          { ...construction, ...at('2026-04-18') },
        ),
      ],
      { expectedRevision: 'no_stream' },
    );
  });
  afterAll(async () => {
    await test.close();
    test.remove();
  });

  it('folds the project from the store, as it stood on a business date or as the system knew it at an instant', async () => {
    const now = await test.http.get(`/api/v1/projects/${projectId}/state`).set(test.as('auditor', 'carol')).expect(200);
    expect(now.body).toMatchObject({
      projectId,
      stage: 'under_construction',
      project: { parkId: 'xiangxiang-edz', signedOn: '2026-03-02' },
      construction: { startedOn: '2026-04-18' },
    });
    expect(now.body.approvals.map((item: { code: string; status: string }) => [item.code, item.status])).toEqual([
      ['business_registration', 'granted'],
      ['tax_registration', 'granted'],
    ]);
    const validAt = await test.http
      .get(`/api/v1/projects/${projectId}/state`)
      .query({ validAt: '2026-03-03' })
      .set(test.as('auditor'))
      .expect(200);
    expect(validAt.body).toMatchObject({ validAt: '2026-03-03', stage: 'signed' });
    expect(validAt.body.approvals.map((item: { status: string }) => item.status)).toEqual(['granted', 'opened']);
    expect(validAt.body.construction).toEqual({ milestones: [], investment: [], openProblems: 0, resolvedProblems: 0 });
    const asOf = await test.http
      .get(`/api/v1/projects/${projectId}/state`)
      .query({ asOf: recordedBetween })
      .set(test.as('leader'))
      .expect(200);
    expect(asOf.body.approvals.map((item: { status: string }) => item.status)).toEqual(['granted', 'opened']);
  });

  it('gives the key figures, counted from the dates recorded', async () => {
    const response = await test.http.get(`/api/v1/projects/${projectId}/figures`).set(test.as('auditor', 'carol')).expect(200);
    expect(response.body).toMatchObject({
      asOf: '2026-05-06',
      registration: {
        signedOn: '2026-03-02',
        onSigningDay: false,
        items: [
          { code: 'business_registration', workingDays: 0 },
          { code: 'tax_registration', workingDays: 2 },
        ],
      },
      startOfWork: { deliveryToPermitDays: 1, permitToStartDays: 2, deliveryToStartDays: 3 },
      commitments: [
        { figure: 'investment', actual: null },
        { figure: 'jobs', actual: null },
        { figure: 'tax_per_mu', actual: null },
      ],
    });
    const park = await test.http.get('/api/v1/figures').query({ parkId: 'xiangxiang-edz' }).set(test.as('admin')).expect(200);
    expect(park.body).toMatchObject({
      parkId: 'xiangxiang-edz',
      projects: 1,
      registeredOnSigningDay: 0,
      startOfWork: { measured: 1, onDeliveryDay: 0, longestDeliveryToStartDays: 3 },
    });
    expect(park.body.items.map((item: { projectId: string }) => item.projectId)).toEqual([projectId]);
  });

  it('records the auditor’s reads of state and figures', async () => {
    const log = await test.http.get(`/api/v1/projects/${projectId}/access-log`).set(test.as('admin')).expect(200);
    const carol = (log.body.items as Array<{ actor: { id: string }; view: string }>).filter((item) => item.actor.id === 'carol');
    expect(carol.map((item) => item.view)).toEqual(['state', 'figures']);
  });

  it('refuses bad queries, unknown projects, other parks and roles without access', async () => {
    const state = `/api/v1/projects/${projectId}/state`;
    expect((await test.http.get(state).query({ validAt: '15/04/2026' }).set(test.as('auditor')).expect(400)).body.code).toBe(
      'REQUEST.VALIDATION_FAILED',
    );
    expect((await test.http.get(state).query({ asOf: 'yesterday' }).set(test.as('auditor')).expect(400)).body.code).toBe(
      'REQUEST.VALIDATION_FAILED',
    );
    expect((await test.http.get(state).query({ stage: 'x' }).set(test.as('auditor')).expect(400)).body.code).toBe(
      'REQUEST.VALIDATION_FAILED',
    );
    expect(
      (await test.http.get('/api/v1/projects/0193a1f0-0000-7000-8000-00000000ffff/figures').set(test.as('auditor')).expect(404)).body.code,
    ).toBe('PROJECT.NOT_FOUND');
    expect((await test.http.get('/api/v1/figures').set(test.as('auditor')).expect(400)).body.code).toBe('REQUEST.VALIDATION_FAILED');
    expect(
      (
        await test.http
          .get('/api/v1/figures')
          .query({ parkId: 'xiangxiang-edz' })
          .set(test.as('auditor', 'dan', ['lanzhou-qinchuan']))
          .expect(403)
      ).body.code,
    ).toBe('AUTH.PARK_NOT_ALLOWED');
    await test.http.get(state).set(test.as('promoter')).expect(403);
    await test.http.get(`/api/v1/projects/${projectId}/figures`).set(test.as('agent')).expect(403);
  });
});
