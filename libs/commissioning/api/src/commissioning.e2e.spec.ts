import { createTestApp, fixedClock, type TestApp } from '@ia/testing';
import { CommissioningModule } from './commissioning.module';
import { announce, completion, signing, UpstreamTestModule } from './test-support/upstream.module';

const PROJECT = '01960000-0000-7000-8000-00000000c001';
const base = `/api/v1/projects/${PROJECT}/commissioning`;

describe('commissioning over HTTP: opening and production milestones', () => {
  let test: TestApp;
  beforeAll(async () => {
    test = await createTestApp([UpstreamTestModule, CommissioningModule], { clock: fixedClock('2026-03-02T02:00:00Z') });
  });
  afterAll(async () => {
    await test.close();
    test.remove();
  });

  it('opens when construction completes and learns the commitments signed, whichever comes first', async () => {
    await announce(test, 'ConstructionCompleted', completion(PROJECT));
    const opened = await test.http.get(base).set(test.as('auditor')).expect(200);
    expect(opened.body).toMatchObject({
      projectId: PROJECT,
      stage: 'construction_completed',
      project: null,
      commitments: null,
      commitmentCheck: { current: null },
    });
    expect(opened.body.milestones).toEqual({ constructionStartedOn: '2024-03-06', completedOn: '2025-01-15' });

    await announce(test, 'ProjectSigned', signing(PROJECT));
    const learned = await test.http.get(base).set(test.as('promoter')).expect(200);
    expect(learned.body).toMatchObject({
      stage: 'construction_completed',
      project: { projectName: '年产5万套医疗器械生产线项目', enterpriseName: '湘乡华康医疗器械有限公司', signedOn: '2024-11-18' },
      commitments: {
        totalInvestment: 300_000_000,
        jobs: 300,
        taxPerMu: 150_000,
        landAreaSquareMetres: 60_000,
        landAreaMu: 90,
        monthsToProduction: 18,
      },
    });
    const events = await test.engines.store.readStream(`commissioning-${PROJECT}`);
    expect(events.map((event) => [event.type, event.metadata.projectId, event.metadata.actor.role])).toEqual([
      ['CommissioningOpened', PROJECT, 'system'],
      ['CommitmentsLearned', PROJECT, 'system'],
    ]);
  });

  it('keeps commitments that arrived before completion', async () => {
    const early = '01960000-0000-7000-8000-00000000c002';
    await announce(test, 'ProjectSigned', signing(early));
    expect((await test.http.get(`/api/v1/projects/${early}/commissioning`).set(test.as('auditor'))).body.stage).toBe('under_construction');
    await announce(test, 'ConstructionCompleted', completion(early));
    const view = await test.http.get(`/api/v1/projects/${early}/commissioning`).set(test.as('auditor')).expect(200);
    expect(view.body).toMatchObject({ stage: 'construction_completed', commitments: { jobs: 300 } });
    await announce(test, 'AgreementSupplemented', {
      projectId: early,
      agreementId: `agreement-${early}`,
      signedOn: '2025-02-01',
      commitments: { ...signing(early).commitments, jobs: 350 },
      countedIncrement: 0,
    });
    expect((await test.http.get(`/api/v1/projects/${early}/commissioning`).set(test.as('auditor'))).body.commitments.jobs).toBe(350);
  });

  it('records the milestones in order, answering the revision with an ETag', async () => {
    const debugging = await test.http
      .post(`${base}/equipment-debugging`)
      .set(test.as('leader'))
      .send({ startedOn: '2025-01-20', reason: '设备安装完毕' })
      .expect(200);
    expect(debugging.body).toEqual({ id: PROJECT, revision: 2 });
    expect(debugging.headers['etag']).toBe('"2"');
    await test.http.post(`${base}/trial-production`).set(test.as('leader')).send({ startedOn: '2025-02-01' }).expect(200);
    await test.http
      .post(`${base}/partial-production`)
      .set(test.as('admin'))
      .send({ startedOn: '2025-03-01', line: '一号注塑生产线' })
      .expect(200);
    await test.http
      .post(`${base}/partial-production`)
      .set(test.as('leader'))
      .send({ startedOn: '2025-03-20', line: '二号组装线' })
      .expect(200);
    await test.http.post(`${base}/full-production`).set(test.as('leader')).send({ startedOn: '2025-05-01' }).expect(200);
    const view = await test.http.get(base).set(test.as('auditor')).expect(200);
    expect(view.body).toMatchObject({
      stage: 'full_production',
      lines: ['一号注塑生产线', '二号组装线'],
      milestones: {
        equipmentDebuggingOn: '2025-01-20',
        trialProductionOn: '2025-02-01',
        partialProductionOn: '2025-03-01',
        fullProductionOn: '2025-05-01',
      },
    });
    const [debuggingEvent] = (await test.engines.store.readStream(`commissioning-${PROJECT}`)).filter(
      (event) => event.type === 'EquipmentDebuggingStarted',
    );
    expect(debuggingEvent?.metadata).toMatchObject({
      actor: { id: 'leader-1', role: 'leader' },
      reason: '设备安装完毕',
      projectId: PROJECT,
    });
  });

  it('refuses a step out of order, an earlier date, a date in the future and a line twice with 409 and the code', async () => {
    const outOfOrder = await test.http
      .post(`${base}/trial-production`)
      .set(test.as('leader'))
      .send({ startedOn: '2025-06-01' })
      .expect(409);
    expect(outOfOrder.body).toMatchObject({ code: 'COMMISSIONING.OUT_OF_ORDER', title: '投产环节顺序不符', stage: 'full_production' });
    expect(outOfOrder.headers['content-type']).toContain('application/problem+json');
    const early = await test.http.post(`${base}/full-capacity`).set(test.as('leader')).send({ reachedOn: '2025-04-30' }).expect(409);
    expect(early.body.code).toBe('COMMISSIONING.DATE_BEFORE_PREVIOUS_MILESTONE');
    const future = await test.http.post(`${base}/full-capacity`).set(test.as('leader')).send({ reachedOn: '2026-03-03' }).expect(409);
    expect(future.body.code).toBe('COMMISSIONING.DATE_IN_FUTURE');
    const other = '01960000-0000-7000-8000-00000000c003';
    await announce(test, 'ConstructionCompleted', completion(other));
    await test.http
      .post(`/api/v1/projects/${other}/commissioning/equipment-debugging`)
      .set(test.as('leader'))
      .send({ startedOn: '2025-01-20' })
      .expect(200);
    await test.http
      .post(`/api/v1/projects/${other}/commissioning/trial-production`)
      .set(test.as('leader'))
      .send({ startedOn: '2025-01-21' })
      .expect(200);
    await test.http
      .post(`/api/v1/projects/${other}/commissioning/partial-production`)
      .set(test.as('leader'))
      .send({ startedOn: '2025-01-22', line: '一号线' })
      .expect(200);
    const twice = await test.http
      .post(`/api/v1/projects/${other}/commissioning/partial-production`)
      .set(test.as('leader'))
      .send({ startedOn: '2025-01-23', line: '一号线' })
      .expect(409);
    expect(twice.body.code).toBe('COMMISSIONING.LINE_ALREADY_PRODUCING');
  });

  it('answers 404 for a project commissioning has never heard of, and 409 before completion', async () => {
    const missing = await test.http
      .post('/api/v1/projects/unknown-project/commissioning/equipment-debugging')
      .set(test.as('leader'))
      .send({ startedOn: '2025-01-20' })
      .expect(404);
    expect(missing.body.code).toBe('COMMISSIONING.NOT_FOUND');
    expect((await test.http.get('/api/v1/projects/unknown-project/commissioning').set(test.as('auditor')).expect(404)).body.code).toBe(
      'COMMISSIONING.NOT_FOUND',
    );
    const signedOnly = '01960000-0000-7000-8000-00000000c004';
    await announce(test, 'ProjectSigned', signing(signedOnly));
    const notCompleted = await test.http
      .post(`/api/v1/projects/${signedOnly}/commissioning/equipment-debugging`)
      .set(test.as('leader'))
      .send({ startedOn: '2025-01-20' })
      .expect(409);
    expect(notCompleted.body.code).toBe('COMMISSIONING.CONSTRUCTION_NOT_COMPLETED');
  });

  it('refuses bad input with 400 problem+json and appends nothing', async () => {
    const before = await test.engines.store.headPosition();
    const cases: Array<[string, object, string[]]> = [
      ['equipment-debugging', { startedOn: '2026-02-30' }, ['startedOn']],
      ['equipment-debugging', { startedOn: 20260120, stage: 'x' }, ['stage', 'startedOn']],
      ['partial-production', { startedOn: '2025-06-01', line: '线'.repeat(101) }, ['line']],
      ['partial-production', { startedOn: '2025-06-01' }, ['line']],
      ['full-capacity', { startedOn: '2025-06-01' }, ['reachedOn', 'startedOn']],
      ['full-production', { startedOn: '2025-06-01', occurredAt: 'yesterday', reason: 7 }, ['occurredAt', 'reason']],
    ];
    for (const [path, body, fields] of cases) {
      const response = await test.http.post(`${base}/${path}`).set(test.as('leader')).send(body).expect(400);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(response.body.code).toBe('REQUEST.VALIDATION_FAILED');
      expect((response.body.errors as Array<{ field: string }>).map((error) => error.field).sort()).toEqual(fields);
    }
    const badId = await test.http
      .post('/api/v1/projects/bad%20id/commissioning/full-production')
      .set(test.as('leader'))
      .send({ startedOn: '2025-06-01' })
      .expect(400);
    expect(badId.body.code).toBe('REQUEST.INVALID_IDENTIFIER');
    expect(await test.engines.store.headPosition()).toBe(before);
  });

  it('lets leaders and admins record facts, and promoters and auditors only read', async () => {
    expect(
      (await test.http.post(`${base}/full-capacity`).set(test.as('promoter')).send({ reachedOn: '2025-09-30' }).expect(403)).body.code,
    ).toBe('AUTH.ROLE_NOT_ALLOWED');
    await test.http.post(`${base}/full-capacity`).set(test.as('auditor')).send({ reachedOn: '2025-09-30' }).expect(403);
    await test.http.post(`${base}/full-capacity`).set(test.as('agent')).send({ reachedOn: '2025-09-30' }).expect(403);
    await test.http.get(base).set(test.as('agent')).expect(403);
    await test.http.get(base).expect(401);
  });

  it('documents its routes with Chinese examples', async () => {
    const document = (await test.http.get('/docs-json').expect(200)).body;
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/projects/{projectId}/commissioning',
        '/api/v1/projects/{projectId}/commissioning/partial-production',
        '/api/v1/projects/{projectId}/commissioning/monthly-reports/{month}',
        '/api/v1/projects/{projectId}/commissioning/statistics-entry',
        '/api/v1/projects/{projectId}/commissioning/commitment-checks',
        '/api/v1/commissioning/pools',
      ]),
    );
    expect(JSON.stringify(document.components.schemas.PartialProductionBody)).toContain('一号注塑生产线');
    expect(JSON.stringify(document.paths['/api/v1/projects/{projectId}/commissioning'].get)).toContain('年产5万套医疗器械生产线项目');
  });
});
