import type { Role } from '@ia/kernel';
import { createTestApp, fixedClock, type TestApp } from '@ia/testing';
import { CommissioningModule } from './commissioning.module';
import { announce, completion, signing, UpstreamTestModule } from './test-support/upstream.module';

const PARK_A = 'park-xiangxiang';
const PARK_B = 'other-park';
const IN_A = '01960000-0000-7000-8000-00000000f001';
const NEAR_A = '01960000-0000-7000-8000-00000000f002';
const NEAR_B = '01960000-0000-7000-8000-00000000f003';
const PARK_UNKNOWN = '01960000-0000-7000-8000-00000000f004';
const projectPath = (projectId: string) => `/api/v1/projects/${projectId}/commissioning`;
const POOLS = '/api/v1/commissioning/pools';

type Method = 'post' | 'put';
const COMMANDS: ReadonlyArray<readonly [Method, string, Role, object]> = [
  ['post', 'equipment-debugging', 'leader', { startedOn: '2025-01-20' }],
  ['post', 'trial-production', 'leader', { startedOn: '2025-02-01' }],
  ['post', 'partial-production', 'leader', { startedOn: '2025-03-01', line: '一号注塑生产线' }],
  ['post', 'full-production', 'leader', { startedOn: '2025-05-01' }],
  ['post', 'full-capacity', 'leader', { reachedOn: '2025-09-30' }],
  ['put', 'monthly-reports/2025-06', 'leader', { output: 1, mainBusinessRevenue: 1, tax: 1, jobs: 1, investmentCompleted: 1 }],
  ['post', 'statistics-entry', 'admin', { enteredOn: '2026-02-28' }],
  ['post', 'commitment-checks', 'leader', { checkpoint: 'completion', checkedOn: '2026-02-27' }],
];

interface PoolsBody {
  readonly pools: Record<string, Array<{ projectId: string; parkId: string | null }>>;
  readonly warnings: Record<string, Array<{ projectId: string }>>;
}

const everyEntry = (body: PoolsBody) => [...Object.values(body.pools), ...Object.values(body.warnings)].flat();
const projectsIn = (body: PoolsBody) => [...new Set(everyEntry(body).map((entry) => entry.projectId))].sort();

async function produceNearThreshold(test: TestApp, projectId: string, parkId: string): Promise<void> {
  await announce(test, 'ProjectSigned', signing(projectId, { parkId }));
  await announce(test, 'ConstructionCompleted', completion(projectId));
  for (const [, path, , body] of COMMANDS.filter(([, path]) =>
    ['equipment-debugging', 'trial-production', 'full-production'].includes(path),
  ))
    await test.http
      .post(`${projectPath(projectId)}/${path}`)
      .set(test.as('leader'))
      .send(body)
      .expect(200);
  await test.http
    .put(`${projectPath(projectId)}/monthly-reports/2025-06`)
    .set(test.as('leader'))
    .send({ output: 20_000_000, mainBusinessRevenue: 17_000_000, tax: 500_000, jobs: 200, investmentCompleted: 250_000_000 })
    .expect(200);
}

describe('commissioning over HTTP: park scope (园区范围)', () => {
  let test: TestApp;
  const inPark = (parks: readonly string[], role: Role = 'leader') => test.as(role, `${role}-of-${parks.join('-')}`, parks);

  beforeAll(async () => {
    test = await createTestApp([UpstreamTestModule, CommissioningModule], { clock: fixedClock('2026-03-02T02:00:00Z') });
    await announce(test, 'ProjectSigned', signing(IN_A, { signedOn: '2026-01-08' }));
    await announce(test, 'ConstructionCompleted', completion(IN_A));
    await announce(test, 'ConstructionCompleted', completion(PARK_UNKNOWN));
    await produceNearThreshold(test, NEAR_A, PARK_A);
    await produceNearThreshold(test, NEAR_B, PARK_B);
  });
  afterAll(async () => {
    await test.close();
    test.remove();
  });

  it('refuses every command on a project of another park with 403 and leaves the store unchanged', async () => {
    const before = await test.engines.store.headPosition();
    for (const [method, path, role, body] of COMMANDS) {
      const refused = await test.http[method](`${projectPath(IN_A)}/${path}`)
        .set(inPark([PARK_B], role))
        .send(body)
        .expect(403);
      expect([path, refused.body.code]).toEqual([path, 'AUTH.PARK_NOT_ALLOWED']);
    }
    expect(await test.engines.store.headPosition()).toBe(before);
  });

  it('refuses the commissioning of a project of another park with 403', async () => {
    const refused = await test.http
      .get(projectPath(IN_A))
      .set(inPark([PARK_B], 'auditor'))
      .expect(403);
    expect(refused.body).toMatchObject({ code: 'AUTH.PARK_NOT_ALLOWED', title: '无权访问该园区的数据' });
    expect(refused.headers['content-type']).toContain('application/problem+json');
  });

  it('lets a holder who works for the project’s park record and read it', async () => {
    await test.http
      .post(`${projectPath(IN_A)}/equipment-debugging`)
      .set(inPark([PARK_B, PARK_A]))
      .send({ startedOn: '2025-01-20' })
      .expect(200);
    const view = await test.http
      .get(projectPath(IN_A))
      .set(inPark([PARK_A], 'auditor'))
      .expect(200);
    expect(view.body).toMatchObject({ projectId: IN_A, parkId: PARK_A, stage: 'equipment_debugging' });
  });

  it('lets a county-wide holder record and read a project of any park', async () => {
    await test.http
      .post(`${projectPath(IN_A)}/trial-production`)
      .set(test.as('leader'))
      .send({ startedOn: '2025-02-01' })
      .expect(200);
    const view = await test.http.get(projectPath(IN_A)).set(test.as('auditor')).expect(200);
    expect(view.body).toMatchObject({ parkId: PARK_A, stage: 'trial_production' });
  });

  it('refuses park-scoped holders a record opened before its park was known, which county-wide holders may use', async () => {
    const before = await test.engines.store.headPosition();
    const read = await test.http
      .get(projectPath(PARK_UNKNOWN))
      .set(inPark([PARK_A], 'auditor'))
      .expect(403);
    expect(read.body.code).toBe('AUTH.PARK_NOT_ALLOWED');
    const write = await test.http
      .post(`${projectPath(PARK_UNKNOWN)}/equipment-debugging`)
      .set(inPark([PARK_A]))
      .send({ startedOn: '2025-01-20' })
      .expect(403);
    expect(write.body.code).toBe('AUTH.PARK_NOT_ALLOWED');
    expect(await test.engines.store.headPosition()).toBe(before);
    const view = await test.http.get(projectPath(PARK_UNKNOWN)).set(test.as('auditor')).expect(200);
    expect(view.body).toMatchObject({ projectId: PARK_UNKNOWN, parkId: null, stage: 'construction_completed' });
  });

  it('answers a project it does not know and a malformed id as it would anyone', async () => {
    const unknown = await test.http
      .get(projectPath('01960000-0000-7000-8000-00000000f999'))
      .set(inPark([PARK_B], 'auditor'))
      .expect(404);
    expect(unknown.body.code).toBe('COMMISSIONING.NOT_FOUND');
    const malformed = await test.http
      .get(projectPath('not.an.id'))
      .set(inPark([PARK_B], 'auditor'))
      .expect(400);
    expect(malformed.body.code).toBe('REQUEST.INVALID_IDENTIFIER');
  });

  it('fills the cultivation pools and warnings only with projects of the caller’s parks', async () => {
    const ofParkA = (
      await test.http
        .get(POOLS)
        .set(inPark([PARK_A], 'promoter'))
        .expect(200)
    ).body as PoolsBody;
    expect(projectsIn(ofParkA)).toEqual([IN_A, NEAR_A]);
    expect(everyEntry(ofParkA).every((entry) => entry.projectId !== NEAR_B)).toBe(true);
    expect(ofParkA.warnings['near']?.map((entry) => entry.projectId)).toEqual([NEAR_A]);
    expect(ofParkA.pools['about_to_commission']).toEqual([expect.objectContaining({ projectId: IN_A, parkId: PARK_A })]);

    const ofParkB = (
      await test.http
        .get(POOLS)
        .set(inPark([PARK_B], 'promoter'))
        .expect(200)
    ).body as PoolsBody;
    expect(projectsIn(ofParkB)).toEqual([NEAR_B]);
    expect(ofParkB.warnings['near']?.map((entry) => entry.projectId)).toEqual([NEAR_B]);

    const countyWide = (await test.http.get(POOLS).set(test.as('promoter')).expect(200)).body as PoolsBody;
    expect(projectsIn(countyWide)).toEqual([IN_A, NEAR_A, NEAR_B, PARK_UNKNOWN]);
    expect(countyWide.warnings['near']?.map((entry) => entry.projectId)).toEqual([NEAR_A, NEAR_B]);
  });

  it('answers the pools of one park to those who work for it and refuses them to others', async () => {
    const refused = await test.http
      .get(`${POOLS}?parkId=${PARK_A}`)
      .set(inPark([PARK_B], 'promoter'))
      .expect(403);
    expect(refused.body.code).toBe('AUTH.PARK_NOT_ALLOWED');
    const ofParkA = (
      await test.http
        .get(`${POOLS}?parkId=${PARK_A}`)
        .set(inPark([PARK_A, PARK_B], 'promoter'))
        .expect(200)
    ).body;
    expect(projectsIn(ofParkA)).toEqual([IN_A, NEAR_A]);
    const ofParkB = (await test.http.get(`${POOLS}?parkId=${PARK_B}`).set(test.as('auditor')).expect(200)).body;
    expect(projectsIn(ofParkB)).toEqual([NEAR_B]);
  });
});
