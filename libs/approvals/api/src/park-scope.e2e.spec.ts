import { randomUUID } from 'node:crypto';
import { DEFAULT_CATALOG } from '@ia/approvals/domain';
import { createTestApp, fixedClock, newEvent, type TestApp } from '@ia/testing';
import { ApprovalsModule } from './approvals.module';
import { signedProjectClient, type ItemBody } from './test-support/project-client';
import { sign, signedProject, TestSigningModule } from './test-support/test-signing.module';

const PARK_A = 'xiangxiang-edz';
const PARK_B = 'yuanqu-hitech';

interface ListedItem extends ItemBody {
  projectId: string;
  parkId?: string;
}

describe('approvals are scoped by park (园区范围)', () => {
  let test: TestApp;
  let parkA: Awaited<ReturnType<typeof signedProjectClient>>;
  const projectB = randomUUID();
  const agentOf = (park: string) => test.as('agent', `agent-${park}`, [park]);
  const county = () => test.as('agent', 'agent-county');
  const refusedUnchanged = async (call: () => PromiseLike<{ status: number; body: { code: string } }>) => {
    const head = await test.engines.store.headPosition();
    const response = await call();
    expect({ status: response.status, code: response.body.code }).toEqual({ status: 403, code: 'AUTH.PARK_NOT_ALLOWED' });
    expect(await test.engines.store.headPosition()).toBe(head);
  };
  const listed = async (path: string, headers: { Authorization: string }): Promise<ListedItem[]> =>
    (await test.http.get(path).set(headers).expect(200)).body.items;

  beforeAll(async () => {
    test = await createTestApp([ApprovalsModule, TestSigningModule], { clock: fixedClock('2026-03-05T02:00:00Z') });
    parkA = await signedProjectClient(test);
    await sign(test, signedProject(projectB, { parkId: PARK_B }));
  });
  afterAll(async () => {
    await test.close();
    test.remove();
  });

  it('records the project’s park from the signing on every item it opens', async () => {
    const items = (await parkA.items()) as ListedItem[];
    expect(items.length).toBeGreaterThan(0);
    expect(new Set(items.map((item) => item.parkId))).toEqual(new Set([PARK_A]));
    const [opened] = await test.engines.store.readStream(`approval-${items[0]!.id}`);
    expect(opened?.data).toMatchObject({ projectId: parkA.projectId, parkId: PARK_A });
  });

  it('refuses another park’s token on item commands and appends nothing', async () => {
    const business = await parkA.find('business_registration');
    const post =
      (path: string, body: object, headers = agentOf(PARK_B)) =>
      () =>
        test.http.post(`/api/v1/approvals/${business.id}/${path}`).set(headers).send(body);
    await refusedUnchanged(post('assignment', { agentId: 'agent-wang' }));
    await refusedUnchanged(post('waiver', { reason: '免办' }));
    // Refused before validation: a park-B caller learns nothing from the body it sent.
    await refusedUnchanged(post('intake', { receivedOn: 'not a date' }));
    await refusedUnchanged(post('grant', { grantedOn: '2026-03-05', licenceNumber: '91430381MA4T8XYZ1K' }));
    await refusedUnchanged(post('personal-data-erasure', { reason: '申请删除' }, test.as('admin', 'admin-b', [PARK_B])));
    await refusedUnchanged(() =>
      test.http
        .post(`/api/v1/projects/${parkA.projectId}/approvals`)
        .set(agentOf(PARK_B))
        .send({ itemCode: 'energy_review', reason: '补办' }),
    );
  });

  it('refuses another park’s token on the item and on the project’s plan', async () => {
    const business = await parkA.find('business_registration');
    await refusedUnchanged(() => test.http.get(`/api/v1/approvals/${business.id}`).set(test.as('leader', 'leader-b', [PARK_B])));
    await refusedUnchanged(() =>
      test.http.get(`/api/v1/projects/${parkA.projectId}/approvals`).set(test.as('auditor', 'auditor-b', [PARK_B])),
    );
  });

  it('lets the park’s own token and a county-wide token act on the item', async () => {
    const business = await parkA.find('business_registration');
    const tax = await parkA.find('tax_registration');
    await test.http.post(`/api/v1/approvals/${business.id}/assignment`).set(agentOf(PARK_A)).send({ agentId: 'agent-wang' }).expect(200);
    await test.http.post(`/api/v1/approvals/${tax.id}/assignment`).set(county()).send({ agentId: 'agent-wang' }).expect(200);
    await test.http
      .get(`/api/v1/approvals/${business.id}`)
      .set(test.as('leader', 'leader-a', [PARK_A]))
      .expect(200);
    await test.http
      .get(`/api/v1/projects/${parkA.projectId}/approvals`)
      .set(test.as('auditor', 'auditor-a', [PARK_A]))
      .expect(200);
    const energy = await parkA.find('energy_review');
    await test.http
      .post(`/api/v1/approvals/${energy.id}/waiver`)
      .set(agentOf(PARK_A))
      .send({ reason: '能耗低于标准，免于节能审查' })
      .expect(200);
    const added = await test.http
      .post(`/api/v1/projects/${parkA.projectId}/approvals`)
      .set(agentOf(PARK_A))
      .send({ itemCode: 'energy_review', reason: '扩产后能耗超标，须补办节能审查' })
      .expect(201);
    // An item opened a moment ago carries the project's park and is checked like the others.
    expect((await test.engines.store.readStream(`approval-${added.body.id}`))[0]?.data).toMatchObject({ parkId: PARK_A });
    await refusedUnchanged(() =>
      test.http.post(`/api/v1/approvals/${added.body.id}/assignment`).set(agentOf(PARK_B)).send({ agentId: 'agent-li' }),
    );
    await test.http.post(`/api/v1/approvals/${added.body.id}/assignment`).set(agentOf(PARK_A)).send({ agentId: 'agent-li' }).expect(200);
  });

  it('lists, as park B, nothing of park A, and as park A only park A', async () => {
    const ofProject = (items: ListedItem[], projectId: string) => items.filter((item) => item.projectId === projectId);
    const asB = await listed('/api/v1/approvals', agentOf(PARK_B));
    expect(ofProject(asB, parkA.projectId)).toEqual([]);
    expect(ofProject(asB, projectB).length).toBeGreaterThan(0);
    expect(new Set(asB.map((item) => item.parkId))).toEqual(new Set([PARK_B]));
    const asA = await listed('/api/v1/approvals', agentOf(PARK_A));
    expect(ofProject(asA, parkA.projectId).length).toBeGreaterThan(0);
    expect(new Set(asA.map((item) => item.parkId))).toEqual(new Set([PARK_A]));
    const asCounty = await listed('/api/v1/approvals', county());
    expect(asCounty).toHaveLength(asA.length + asB.length);
    expect(await listed(`/api/v1/approvals?parkId=${PARK_B}`, county())).toEqual(asB);
    const foreign = await test.http.get(`/api/v1/approvals?parkId=${PARK_A}`).set(agentOf(PARK_B)).expect(403);
    expect(foreign.body.code).toBe('AUTH.PARK_NOT_ALLOWED');
  });

  it('keeps park A off park B’s board', async () => {
    const projectsOn = (board: { overdue: Array<{ entries: Array<{ projectId: string; parkId?: string }> }> }) =>
      new Set(board.overdue.flatMap((group) => group.entries.map((entry) => `${entry.parkId ?? '?'}:${entry.projectId}`)));
    const asB = (
      await test.http
        .get('/api/v1/approvals/board')
        .set(test.as('leader', 'leader-b', [PARK_B]))
        .expect(200)
    ).body;
    expect(projectsOn(asB)).toEqual(new Set([`${PARK_B}:${projectB}`]));
    const asA = (
      await test.http
        .get('/api/v1/approvals/board')
        .set(test.as('leader', 'leader-a', [PARK_A]))
        .expect(200)
    ).body;
    expect(projectsOn(asA)).toEqual(new Set([`${PARK_A}:${parkA.projectId}`]));
    const asCounty = (await test.http.get('/api/v1/approvals/board').set(test.as('leader')).expect(200)).body;
    expect(projectsOn(asCounty)).toEqual(new Set([`${PARK_A}:${parkA.projectId}`, `${PARK_B}:${projectB}`]));
    const onlyB = (await test.http.get(`/api/v1/approvals/board?parkId=${PARK_B}`).set(test.as('leader')).expect(200)).body;
    expect(projectsOn(onlyB)).toEqual(new Set([`${PARK_B}:${projectB}`]));
    await test.http
      .get(`/api/v1/approvals/board?parkId=${PARK_A}`)
      .set(test.as('leader', 'leader-b', [PARK_B]))
      .expect(403);
  });

  it('refuses an item whose park was never recorded to park-scoped tokens, and serves the county', async () => {
    const projectId = randomUUID();
    const itemId = randomUUID();
    const opened = newEvent(
      'ItemOpened',
      { itemId, projectId, item: DEFAULT_CATALOG.items['project_filing'], origin: 'signing', openedOn: '2026-03-02' },
      { projectId },
    );
    const appended = await test.engines.store.appendToStream(`approval-${itemId}`, [opened], { expectedRevision: 'no_stream' });
    expect(await test.runtime.readModelsAt(appended.lastPosition)).toBe(true);

    await refusedUnchanged(() => test.http.get(`/api/v1/approvals/${itemId}`).set(test.as('leader', 'leader-a', [PARK_A])));
    await refusedUnchanged(() =>
      test.http.post(`/api/v1/approvals/${itemId}/assignment`).set(agentOf(PARK_A)).send({ agentId: 'agent-wang' }),
    );
    await refusedUnchanged(() => test.http.get(`/api/v1/projects/${projectId}/approvals`).set(agentOf(PARK_A)));
    await refusedUnchanged(() =>
      test.http.post(`/api/v1/projects/${projectId}/approvals`).set(agentOf(PARK_A)).send({ itemCode: 'energy_review', reason: '补办' }),
    );
    expect((await listed('/api/v1/approvals', agentOf(PARK_A))).map((item) => item.id)).not.toContain(itemId);

    expect((await test.http.get(`/api/v1/approvals/${itemId}`).set(test.as('leader')).expect(200)).body).not.toHaveProperty('parkId');
    expect((await listed('/api/v1/approvals', county())).map((item) => item.id)).toContain(itemId);
    const added = await test.http
      .post(`/api/v1/projects/${projectId}/approvals`)
      .set(county())
      .send({ itemCode: 'energy_review', reason: '补办节能审查' })
      .expect(201);
    expect((await test.engines.store.readStream(`approval-${added.body.id}`))[0]?.data).not.toHaveProperty('parkId');
  });

  it('answers a project approvals never heard of with 404, to every caller', async () => {
    for (const headers of [agentOf(PARK_A), county()]) {
      const unknown = await test.http
        .post(`/api/v1/projects/${randomUUID()}/approvals`)
        .set(headers)
        .send({ itemCode: 'energy_review', reason: '补办' })
        .expect(404);
      expect(unknown.body.code).toBe('PROJECT.NOT_FOUND');
    }
  });

  it('serves the county’s catalogue and calendar to every park, and keeps their changes county-wide', async () => {
    const admin = test.as('admin', 'admin-a', [PARK_A]);
    await test.http.get('/api/v1/approvals/catalog').set(agentOf(PARK_A)).expect(200);
    await test.http.get('/api/v1/approvals/calendar/years/2026').set(agentOf(PARK_A)).expect(200);
    await test.http.get('/api/v1/approvals/calendar/deadline?from=2026-03-02&days=5').set(agentOf(PARK_A)).expect(200);
    const head = await test.engines.store.headPosition();
    const writes = [
      test.http.put('/api/v1/approvals/catalog/default-package').set(admin).send({ packageCode: 'factory_lease' }),
      test.http
        .put('/api/v1/approvals/calendar/years/2027')
        .set(admin)
        .send({ holidays: ['2027-01-01'], adjustedWorkdays: [] }),
    ];
    for (const response of await Promise.all(writes)) {
      expect({ status: response.status, code: response.body.code }).toEqual({ status: 403, code: 'AUTH.COUNTY_SCOPE_REQUIRED' });
    }
    expect(await test.engines.store.headPosition()).toBe(head);
  });
});
