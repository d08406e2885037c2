import { createTestApp, fixedClock, type TestApp } from '@ia/testing';
import { ConstructionModule } from './construction.module';
import { UpstreamModule, delivered, permitted, publishUpstream, published, signed } from './test-support/upstream.module';

const PARK = 'park-xiangxiang';

describe('construction site work over HTTP', () => {
  let test: TestApp;
  const clock = fixedClock('2026-03-25T02:00:00Z');
  beforeAll(async () => {
    test = await createTestApp([ConstructionModule, UpstreamModule], { clock });
  });
  afterAll(async () => {
    await test.close();
    test.remove();
  });
  const project = (projectId: string) => `/api/v1/construction/projects/${projectId}`;

  it('keeps the permit that came before the land, clears the start and records T0, T1, T2', async () => {
    await publishUpstream(test, 'testapprovals', permitted('project-a', '2026-03-04'));
    await publishUpstream(test, 'testsigning', signed('project-a', PARK));
    await test.http
      .post(`${project('project-a')}/start`)
      .set(test.as('leader'))
      .send({ startedOn: '2026-03-05' })
      .expect(409);
    await publishUpstream(test, 'testland', delivered('project-a', '2026-03-02'));
    const cleared = await test.http.get(project('project-a')).set(test.as('auditor')).expect(200);
    expect(cleared.body).toMatchObject({
      parkId: PARK,
      landDeliveredOn: '2026-03-02',
      constructionPermitOn: '2026-03-04',
      clearedOn: '2026-03-04',
    });
    const early = await test.http
      .post(`${project('project-a')}/start`)
      .set(test.as('leader'))
      .send({ startedOn: '2026-03-03' })
      .expect(409);
    expect(early.body).toMatchObject({ code: 'CONSTRUCTION.START_BEFORE_CLEARANCE', clearedOn: '2026-03-04' });
    const started = await test.http
      .post(`${project('project-a')}/start`)
      .set(test.as('leader'))
      .send({ startedOn: '2026-03-20' })
      .expect(200);
    expect(started.headers['etag']).toBe(`"${started.body.revision}"`);
    const record = await test.http.get(project('project-a')).set(test.as('auditor')).expect(200);
    expect(record.body.timeline).toEqual({
      landDeliveredOn: '2026-03-02',
      constructionPermitOn: '2026-03-04',
      startedOn: '2026-03-20',
      daysFromDeliveryToPermit: 2,
      daysFromPermitToStart: 16,
      daysFromDeliveryToStart: 18,
      startDeadline: '2026-03-12',
      daysLate: 8,
    });
    await test.runtime.reactionsAt(await test.engines.store.headPosition());
    expect(published).toContainEqual({
      type: 'WorkStarted',
      data: { projectId: 'project-a', landDeliveredOn: '2026-03-02', constructionPermitOn: '2026-03-04', startedOn: '2026-03-20' },
    });
  });

  it('refuses a start without the permit and before the land', async () => {
    await publishUpstream(test, 'testland', delivered('project-b', '2026-03-02'));
    const noPermit = await test.http
      .post(`${project('project-b')}/start`)
      .set(test.as('leader'))
      .send({ startedOn: '2026-03-05' })
      .expect(409);
    expect(noPermit.body.code).toBe('CONSTRUCTION.PERMIT_NOT_GRANTED');
    const noLand = await test.http
      .post(`${project('project-none')}/start`)
      .set(test.as('leader'))
      .send({ startedOn: '2026-03-05' })
      .expect(409);
    expect(noLand.body.code).toBe('CONSTRUCTION.LAND_NOT_DELIVERED');
    await test.http.get(project('project-none')).set(test.as('auditor')).expect(404);
  });

  it('records milestones in order and publishes the completion', async () => {
    const milestone = (name: string, reachedOn: string) =>
      test.http
        .post(`${project('project-a')}/milestones`)
        .set(test.as('leader'))
        .send({ milestone: name, reachedOn });
    expect((await milestone('completion', '2026-04-01').expect(409)).body.code).toBe('CONSTRUCTION.MILESTONE_OUT_OF_ORDER');
    await milestone('foundation', '2026-04-01').expect(200);
    expect((await milestone('foundation', '2026-04-02').expect(409)).body.code).toBe('CONSTRUCTION.MILESTONE_DUPLICATE');
    expect((await milestone('main_structure_topped_out', '2026-03-30').expect(409)).body.code).toBe(
      'CONSTRUCTION.MILESTONE_DATE_OUT_OF_ORDER',
    );
    await milestone('main_structure_topped_out', '2026-06-01').expect(200);
    await milestone('main_structure_completed', '2026-07-16').expect(200);
    await milestone('equipment_installed', '2026-09-01').expect(200);
    await milestone('completion', '2026-11-30').expect(200);
    const record = await test.http.get(project('project-a')).set(test.as('auditor')).expect(200);
    expect(record.body).toMatchObject({
      completedOn: '2026-11-30',
      milestones: expect.arrayContaining([{ milestone: 'main_structure_completed', reachedOn: '2026-07-16', daysFromStart: 118 }]),
    });
    await test.runtime.reactionsAt(await test.engines.store.headPosition());
    expect(published).toContainEqual({
      type: 'ConstructionCompleted',
      data: { projectId: 'project-a', startedOn: '2026-03-20', completedOn: '2026-11-30' },
    });
  });

  it.each([
    ['a fractional amount', { month: '2026-03', plannedYuan: 1.5, completedYuan: 1 }],
    ['a negative amount', { month: '2026-03', plannedYuan: 1, completedYuan: -1 }],
    ['a bad month', { month: '2026-13', plannedYuan: 1, completedYuan: 1 }],
    ['an unknown field', { month: '2026-03', plannedYuan: 1, completedYuan: 1, currency: 'CNY' }],
    ['a missing field', { month: '2026-03', plannedYuan: 1 }],
  ])('refuses an investment report with %s and appends nothing', async (_case, body) => {
    const before = await test.engines.store.headPosition();
    const response = await test.http
      .post(`${project('project-a')}/investments`)
      .set(test.as('leader'))
      .send(body)
      .expect(400);
    expect(response.body.code).toBe('REQUEST.VALIDATION_FAILED');
    expect(await test.engines.store.headPosition()).toBe(before);
  });

  it('reports monthly investment against the plan, leaders only', async () => {
    await test.http
      .post(`${project('project-a')}/investments`)
      .set(test.as('auditor'))
      .send({ month: '2026-03', plannedYuan: 12_000_000, completedYuan: 10_500_000 })
      .expect(403);
    await test.http
      .post(`${project('project-a')}/investments`)
      .set(test.as('leader'))
      .send({ month: '2026-03', plannedYuan: 12_000_000, completedYuan: 10_500_000 })
      .expect(200);
    const progress = await test.http.get(`/api/v1/construction/parks/${PARK}/progress`).set(test.as('leader')).expect(200);
    expect(progress.body.items).toContainEqual(
      expect.objectContaining({
        projectId: 'project-a',
        stage: 'completion',
        investment: { month: '2026-03', plannedYuan: 12_000_000, completedYuan: 10_500_000 },
      }),
    );
  });
});
