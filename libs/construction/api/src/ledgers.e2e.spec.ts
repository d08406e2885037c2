import { createTestApp, fixedClock, type TestApp } from '@ia/testing';
import { ConstructionModule } from './construction.module';
import { UpstreamModule, delivered, permitted, publishUpstream, signed } from './test-support/upstream.module';

const PARK = 'park-xiangxiang';

describe('construction leadership, problems and dispatch over HTTP', () => {
  let test: TestApp;
  const clock = fixedClock('2026-03-25T02:00:00Z');
  beforeAll(async () => {
    test = await createTestApp([ConstructionModule, UpstreamModule], { clock });
    await publishUpstream(test, 'testsigning', signed('project-a', PARK));
    await publishUpstream(test, 'testland', delivered('project-a', '2026-03-02'));
    await publishUpstream(test, 'testapprovals', permitted('project-a', '2026-03-04'));
  });
  afterAll(async () => {
    await test.close();
    test.remove();
  });
  const project = (projectId: string) => `/api/v1/construction/projects/${projectId}`;

  it('keeps the five-ones team and warns when a month passed without a visit', async () => {
    const team = {
      leader: { userId: 'leader-zhang', name: '张副县长' },
      commissioner: '李项目专员',
      liaison: '王联络员',
      supervisor: '赵驻场监督员',
      assignedOn: '2026-02-01',
    };
    await test.http
      .put(`${project('project-a')}/leadership`)
      .set(test.as('leader'))
      .send(team)
      .expect(403);
    await test.http
      .put(`${project('project-a')}/leadership`)
      .set(test.as('admin'))
      .send(team)
      .expect(200);
    await test.http
      .post(`${project('project-a')}/site-visits`)
      .set(test.as('leader', 'leader-zhang'))
      .send({ visitedOn: '2026-02-10', note: '协调供电' })
      .expect(200);
    const other = await test.http
      .post(`${project('project-a')}/site-visits`)
      .set(test.as('leader', 'leader-liu'))
      .send({ visitedOn: '2026-02-11', note: '顺路' })
      .expect(409);
    expect(other.body.code).toBe('LEADERSHIP.NOT_THE_LEADER');
    const read = await test.http
      .get(`${project('project-a')}/leadership`)
      .set(test.as('auditor'))
      .expect(200);
    expect(read.body).toMatchObject({
      leader: { name: '张副县长' },
      lastVisitOn: '2026-02-10',
      daysSinceLastVisit: 43,
      visitOverdue: true,
    });
    await test.http
      .post(`${project('project-a')}/site-visits`)
      .set(test.as('leader', 'leader-zhang'))
      .send({ visitedOn: '2026-03-20', note: '检查节点' })
      .expect(200);
    expect((await test.http.get(`${project('project-a')}/leadership`).set(test.as('auditor'))).body).toMatchObject({
      daysSinceLastVisit: 5,
      visitOverdue: false,
    });
  });

  it('keeps the problem ledgers of the project and the park, overdue flagged', async () => {
    const raise = (projectId: string, description: string) =>
      test.http
        .post('/api/v1/construction/problems')
        .set(test.as('leader'))
        .send({ projectId, category: 'power_supply', description, raisedOn: '2026-03-02' });
    expect((await raise('project-none', '无').expect(409)).body.code).toBe('PROBLEM.PROJECT_UNKNOWN');
    const before = await test.engines.store.headPosition();
    await test.http
      .post('/api/v1/construction/problems')
      .set(test.as('leader'))
      .send({ projectId: 'project-a', category: 'weather', description: '雨', raisedOn: '2026-03-02' })
      .expect(400);
    await test.http
      .post('/api/v1/construction/problems')
      .set(test.as('leader'))
      .send({ projectId: 'project-a', category: 'other', description: '长'.repeat(2001), raisedOn: '2026-03-02' })
      .expect(400);
    expect(await test.engines.store.headPosition()).toBe(before);
    const transformer = await raise('project-a', '厂区变压器烧毁').expect(201);
    expect(transformer.headers['location']).toBe(`/api/v1/construction/problems/${transformer.body.id}`);
    const problem = (id: string, step: string) => `/api/v1/construction/problems/${id}/${step}`;
    expect(
      (
        await test.http
          .post(problem(transformer.body.id, 'resolution'))
          .set(test.as('leader'))
          .send({ resolvedOn: '2026-03-10', evidence: '送电单' })
          .expect(409)
      ).body.code,
    ).toBe('PROBLEM.NOT_ASSIGNED');
    await test.http
      .post(problem(transformer.body.id, 'assignment'))
      .set(test.as('leader'))
      .send({ responsibleUnit: '国网湘乡市供电公司', dueOn: '2026-03-15' })
      .expect(200);
    await test.http
      .post(problem(transformer.body.id, 'progress'))
      .set(test.as('leader'))
      .send({ notedOn: '2026-03-06', note: '新变压器已到货' })
      .expect(200);
    const open = await test.http
      .get(`${project('project-a')}/problems?ledger=open`)
      .set(test.as('auditor'))
      .expect(200);
    expect(open.body.items).toMatchObject([
      { problemId: transformer.body.id, responsibleUnit: '国网湘乡市供电公司', overdue: true, progress: [{ note: '新变压器已到货' }] },
    ]);
    await test.http
      .post(problem(transformer.body.id, 'resolution'))
      .set(test.as('leader'))
      .send({ resolvedOn: '2026-03-24', evidence: '供电公司送电确认单' })
      .expect(200);
    const solved = await test.http.get(`/api/v1/construction/parks/${PARK}/problems?ledger=solved`).set(test.as('admin')).expect(200);
    expect(solved.body.items).toMatchObject([{ problemId: transformer.body.id, evidence: '供电公司送电确认单', overdue: false }]);
    await test.http.get(`/api/v1/construction/parks/${PARK}/problems?ledger=all`).set(test.as('admin')).expect(400);
  });

  it('freezes the monthly dispatch and says what changed since the previous one', async () => {
    const url = `/api/v1/construction/parks/${PARK}/dispatches`;
    const held = await test.http.post(url).set(test.as('leader', 'leader-zhang')).send({ month: '2026-03' }).expect(201);
    expect(held.headers['location']).toBe(`${url}/2026-03`);
    const opened = await test.http
      .post('/api/v1/construction/problems')
      .set(test.as('leader'))
      .send({ projectId: 'project-a', category: 'labour', description: '招工难', raisedOn: '2026-03-25' })
      .expect(201);
    const frozen = await test.http.get(`${url}/2026-03`).set(test.as('auditor')).expect(200);
    expect(frozen.body).toMatchObject({
      month: '2026-03',
      heldOn: '2026-03-25',
      heldBy: 'leader-zhang',
      window: { firstDay: 23, lastDay: 27 },
    });
    expect(frozen.body.snapshot.openProblems).toEqual([]);
    expect(frozen.body.snapshot.solvedProblems).toHaveLength(1);
    expect(frozen.body.changes.projectsAdvanced).toContainEqual({ projectId: 'project-a', to: 'cleared' });
    expect((await test.http.post(url).set(test.as('leader')).send({ month: '2026-03' }).expect(409)).body.code).toBe(
      'DISPATCH.ALREADY_HELD',
    );

    clock.set('2026-04-02T02:00:00Z');
    const outside = await test.http.post(url).set(test.as('leader')).send({ month: '2026-04', overrideReason: '提前调度' }).expect(409);
    expect(outside.body.code).toBe('DISPATCH.OVERRIDE_NOT_ALLOWED');
    expect((await test.http.post(url).set(test.as('leader')).send({ month: '2026-04' }).expect(409)).body.code).toBe(
      'DISPATCH.OUTSIDE_WINDOW',
    );
    await test.http
      .put(`/api/v1/construction/parks/${PARK}/dispatch-window`)
      .set(test.as('admin'))
      .send({ firstDay: 1, lastDay: 3 })
      .expect(200);
    await test.http.post(url).set(test.as('leader')).send({ month: '2026-04' }).expect(201);
    const april = await test.http.get(`${url}/2026-04`).set(test.as('auditor')).expect(200);
    expect(april.body).toMatchObject({
      previousMonth: '2026-03',
      changes: { problemsOpened: [opened.body.id], problemsSolved: [], projectsAdvanced: [] },
    });
    const invalid = await test.http
      .put(`/api/v1/construction/parks/${PARK}/dispatch-window`)
      .set(test.as('admin'))
      .send({ firstDay: 27, lastDay: 23 })
      .expect(409);
    expect(invalid.body.code).toBe('DISPATCH.INVALID_WINDOW');
  });

  it('lets an administrator dispatch outside the window with a recorded reason', async () => {
    clock.set('2026-03-28T02:00:00Z');
    const url = '/api/v1/construction/parks/park-other/dispatches';
    await test.http
      .post(url)
      .set(test.as('admin', 'wang'))
      .send({ month: '2026-03', overrideReason: '县项目中心因防汛推迟调度会' })
      .expect(201);
    const read = await test.http.get(`${url}/2026-03`).set(test.as('auditor')).expect(200);
    expect(read.body.override).toEqual({ reason: '县项目中心因防汛推迟调度会', by: { id: 'wang', role: 'admin' } });
    await test.http.get(`${url}/2026-05`).set(test.as('auditor')).expect(404);
  });
});
