import type { Role } from '@ia/kernel';
import { createTestApp, fixedClock, type TestApp } from '@ia/testing';
import type { Response } from 'supertest';
import { ConstructionModule } from './construction.module';
import { UpstreamModule, delivered, permitted, publishUpstream, signed } from './test-support/upstream.module';

const PARK = 'park-xiangxiang';
const OTHER = 'park-other';

describe('construction in the parks its holders work for, over HTTP', () => {
  let test: TestApp;
  const clock = fixedClock('2026-03-25T02:00:00Z');
  beforeAll(async () => {
    test = await createTestApp([ConstructionModule, UpstreamModule], { clock });
    for (const [projectId, parkId] of [
      ['project-a', PARK],
      ['project-b', OTHER],
    ] as const) {
      await publishUpstream(test, 'testsigning', signed(projectId, parkId));
      await publishUpstream(test, 'testland', delivered(projectId, '2026-03-02'));
      await publishUpstream(test, 'testapprovals', permitted(projectId, '2026-03-04'));
    }
    await publishUpstream(test, 'testland', delivered('project-unplaced', '2026-03-02'));
  });
  afterAll(async () => {
    await test.close();
    test.remove();
  });

  const inPark = (role: Role, user = `${role}-a`) => test.as(role, user, [PARK]);
  const inOther = (role: Role, user = `${role}-b`) => test.as(role, user, [OTHER]);
  const countyWide = (role: Role, user = `${role}-county`) => test.as(role, user);
  const project = (projectId: string) => `/api/v1/construction/projects/${projectId}`;
  const problem = (problemId: string, step: string) => `/api/v1/construction/problems/${problemId}/${step}`;
  const team = (userId: string) => ({
    leader: { userId, name: '张副县长' },
    commissioner: '李项目专员',
    liaison: '王联络员',
    supervisor: '赵驻场监督员',
    assignedOn: '2026-03-01',
  });
  const refused = (response: Response) => {
    expect(response.status).toBe(403);
    expect(response.body.code).toBe('AUTH.PARK_NOT_ALLOWED');
  };
  const raise = (projectId: string, headers: { Authorization: string }, description = '厂区变压器烧毁') =>
    test.http
      .post('/api/v1/construction/problems')
      .set(headers)
      .send({ projectId, category: 'power_supply', description, raisedOn: '2026-03-20' });
  let raised: string;

  it('refuses another park’s holder every command and read of the project, and writes nothing', async () => {
    const before = await test.engines.store.headPosition();
    refused(await test.http.get(project('project-a')).set(inOther('auditor')));
    refused(
      await test.http
        .post(`${project('project-a')}/start`)
        .set(inOther('leader'))
        .send({ startedOn: '2026-03-05' }),
    );
    refused(
      await test.http
        .post(`${project('project-a')}/investments`)
        .set(inOther('leader'))
        .send({ month: '2026-03', plannedYuan: 1, completedYuan: 1 }),
    );
    refused(
      await test.http
        .post(`${project('project-a')}/milestones`)
        .set(inOther('leader'))
        .send({ milestone: 'foundation', reachedOn: '2026-03-20' }),
    );
    refused(
      await test.http
        .put(`${project('project-a')}/leadership`)
        .set(inOther('admin'))
        .send(team('leader-b')),
    );
    refused(await test.http.get(`${project('project-a')}/leadership`).set(inOther('auditor')));
    refused(
      await test.http
        .post(`${project('project-a')}/site-visits`)
        .set(inOther('leader'))
        .send({ visitedOn: '2026-03-20', note: '走访' }),
    );
    refused(await raise('project-a', inOther('leader')));
    expect(await test.engines.store.headPosition()).toBe(before);
  });

  it('lets the park’s own holder and a county-wide holder act on the project', async () => {
    await test.http
      .post(`${project('project-a')}/start`)
      .set(inPark('leader'))
      .send({ startedOn: '2026-03-05' })
      .expect(200);
    await test.http
      .post(`${project('project-a')}/investments`)
      .set(countyWide('leader'))
      .send({ month: '2026-03', plannedYuan: 12_000_000, completedYuan: 10_500_000 })
      .expect(200);
    const record = await test.http.get(project('project-a')).set(inPark('auditor')).expect(200);
    expect(record.body).toMatchObject({ parkId: PARK, timeline: { startedOn: '2026-03-05' }, investments: [{ month: '2026-03' }] });
    await test.http.get(project('project-a')).set(countyWide('auditor')).expect(200);
    await test.http
      .put(`${project('project-a')}/leadership`)
      .set(inPark('admin'))
      .send(team('leader-a'))
      .expect(200);
    await test.http
      .post(`${project('project-a')}/site-visits`)
      .set(inPark('leader', 'leader-a'))
      .send({ visitedOn: '2026-03-20', note: '协调供电' })
      .expect(200);
    expect(
      (
        await test.http
          .get(`${project('project-a')}/leadership`)
          .set(countyWide('auditor'))
          .expect(200)
      ).body,
    ).toMatchObject({
      lastVisitOn: '2026-03-20',
    });
    raised = (await raise('project-a', inPark('leader')).expect(201)).body.id as string;
    await raise('project-a', countyWide('admin'), '招工难').expect(201);
  });

  it('keeps a problem in its project’s park', async () => {
    const before = await test.engines.store.headPosition();
    refused(
      await test.http.post(problem(raised, 'assignment')).set(inOther('leader')).send({ responsibleUnit: '供电公司', dueOn: '2026-03-30' }),
    );
    refused(await test.http.post(problem(raised, 'progress')).set(inOther('leader')).send({ notedOn: '2026-03-21', note: '到货' }));
    refused(
      await test.http.post(problem(raised, 'resolution')).set(inOther('admin')).send({ resolvedOn: '2026-03-22', evidence: '送电单' }),
    );
    expect(await test.engines.store.headPosition()).toBe(before);
    await test.http
      .post(problem(raised, 'assignment'))
      .set(inPark('leader'))
      .send({ responsibleUnit: '供电公司', dueOn: '2026-03-30' })
      .expect(200);
    await test.http.post(problem(raised, 'progress')).set(countyWide('leader')).send({ notedOn: '2026-03-21', note: '到货' }).expect(200);
    const unknown = await test.http
      .post(problem('01963f6e-0000-7000-8000-00000000dead', 'progress'))
      .set(inOther('leader'))
      .send({ notedOn: '2026-03-21', note: '到货' })
      .expect(404);
    expect(unknown.body.code).toBe('PROBLEM.NOT_FOUND');
  });

  it('refuses park-scoped holders a project whose park is not known yet, until the agreement names it', async () => {
    const unplaced = project('project-unplaced');
    const before = await test.engines.store.headPosition();
    refused(await test.http.get(unplaced).set(inPark('auditor')));
    refused(
      await test.http.post(`${unplaced}/investments`).set(inPark('leader')).send({ month: '2026-03', plannedYuan: 1, completedYuan: 1 }),
    );
    refused(await test.http.put(`${unplaced}/leadership`).set(inPark('admin')).send(team('leader-a')));
    refused(await raise('project-unplaced', inPark('leader')));
    expect(await test.engines.store.headPosition()).toBe(before);
    expect((await test.http.get(unplaced).set(countyWide('auditor')).expect(200)).body.parkId).toBeUndefined();
    await test.http
      .post(`${unplaced}/investments`)
      .set(countyWide('leader'))
      .send({ month: '2026-03', plannedYuan: 1, completedYuan: 1 })
      .expect(200);

    await publishUpstream(test, 'testsigning', signed('project-unplaced', PARK));
    expect((await test.http.get(unplaced).set(inPark('auditor')).expect(200)).body.parkId).toBe(PARK);
    refused(await test.http.get(unplaced).set(inOther('auditor')));
  });

  it('answers a park-scoped holder as anyone about a project construction does not know', async () => {
    expect((await test.http.get(project('project-none')).set(inPark('auditor')).expect(404)).body.code).toBe('CONSTRUCTION.NOT_FOUND');
    expect((await raise('project-none', inPark('leader')).expect(409)).body.code).toBe('PROBLEM.PROJECT_UNKNOWN');
    expect((await test.http.get(project('bad.id')).set(inPark('auditor')).expect(400)).body.code).toBe('REQUEST.INVALID_IDENTIFIER');
    // A team may be assigned before construction hears of the project: its park unknown, county-wide holders only.
    refused(
      await test.http
        .put(`${project('project-none')}/leadership`)
        .set(inPark('admin'))
        .send(team('leader-a')),
    );
  });

  it('shows another park’s holder nothing of the park in the ledgers', async () => {
    const ids = (response: Response) => (response.body.items as Array<{ problemId: string }>).map((item) => item.problemId);
    expect(
      (
        await test.http
          .get(`${project('project-a')}/problems`)
          .set(inOther('auditor'))
          .expect(200)
      ).body.items,
    ).toEqual([]);
    expect(
      ids(
        await test.http
          .get(`${project('project-a')}/problems`)
          .set(inPark('auditor'))
          .expect(200),
      ),
    ).toContain(raised);
    expect(
      ids(
        await test.http
          .get(`${project('project-a')}/problems`)
          .set(countyWide('auditor'))
          .expect(200),
      ),
    ).toContain(raised);

    refused(await test.http.get(`/api/v1/construction/parks/${PARK}/problems`).set(inOther('auditor')));
    expect(ids(await test.http.get(`/api/v1/construction/parks/${PARK}/problems`).set(inPark('auditor')).expect(200))).toContain(raised);
    expect((await test.http.get(`/api/v1/construction/parks/${OTHER}/problems`).set(inOther('auditor')).expect(200)).body.items).toEqual(
      [],
    );

    refused(await test.http.get(`/api/v1/construction/parks/${PARK}/progress`).set(inOther('leader')));
    const progress = await test.http.get(`/api/v1/construction/parks/${PARK}/progress`).set(inPark('leader')).expect(200);
    expect(progress.body.items).toContainEqual(expect.objectContaining({ projectId: 'project-a' }));
    const others = await test.http.get(`/api/v1/construction/parks/${OTHER}/progress`).set(inOther('leader')).expect(200);
    expect(others.body.items.map((item: { projectId: string }) => item.projectId)).toEqual(['project-b']);
  });

  it('holds and shows a park’s dispatch only to its holders and county-wide ones', async () => {
    const dispatches = (parkId: string) => `/api/v1/construction/parks/${parkId}/dispatches`;
    const before = await test.engines.store.headPosition();
    refused(
      await test.http.put(`/api/v1/construction/parks/${PARK}/dispatch-window`).set(inOther('admin')).send({ firstDay: 1, lastDay: 31 }),
    );
    refused(await test.http.post(dispatches(PARK)).set(inOther('leader')).send({ month: '2026-03' }));
    expect(await test.engines.store.headPosition()).toBe(before);
    await test.http.post(dispatches(PARK)).set(inPark('leader')).send({ month: '2026-03' }).expect(201);
    refused(await test.http.get(`${dispatches(PARK)}/2026-03`).set(inOther('auditor')));
    const frozen = await test.http
      .get(`${dispatches(PARK)}/2026-03`)
      .set(inPark('auditor'))
      .expect(200);
    expect(frozen.body.snapshot.openProblems.map((line: { problemId: string }) => line.problemId)).toContain(raised);
    await test.http
      .get(`${dispatches(PARK)}/2026-03`)
      .set(countyWide('auditor'))
      .expect(200);
    await test.http
      .put(`/api/v1/construction/parks/${PARK}/dispatch-window`)
      .set(countyWide('admin'))
      .send({ firstDay: 20, lastDay: 28 })
      .expect(200);

    await test.http.post(dispatches(OTHER)).set(inOther('leader')).send({ month: '2026-03' }).expect(201);
    const theirs = await test.http
      .get(`${dispatches(OTHER)}/2026-03`)
      .set(inOther('auditor'))
      .expect(200);
    expect(JSON.stringify(theirs.body)).not.toContain('project-a');
    expect(theirs.body.snapshot.progress).toMatchObject([{ projectId: 'project-b' }]);
  });
});
