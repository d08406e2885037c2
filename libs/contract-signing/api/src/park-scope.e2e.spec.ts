import { newEvent, type TestApp } from '@ia/testing';
import { qualifyLead, settle } from './test-support/lead-intake.fake';
import { COMMITMENTS, draft, draftBody, sign, startContractSigning } from './test-support/requests';

const WEST = 'park-west';
const EAST = 'park-east';

describe('contract signing, park by park', () => {
  let test: TestApp;
  let leadId: string;
  let agreementId: string;
  let projectId: string;
  const west = () => test.as('promoter', 'wendy', [WEST]);
  const east = () => test.as('promoter', 'ethan', [EAST]);
  const county = () => test.as('promoter', 'alice');
  const agreementEvents = async (id: string) => (await test.engines.store.readStream(`agreement-${id}`)).length;
  const supplement = { signedOn: '2026-03-02', summary: '增资扩产', commitments: { ...COMMITMENTS, totalInvestment: 150_000_000 } };

  beforeAll(async () => {
    test = await startContractSigning();
    leadId = await qualifyLead(test, { parkId: WEST, companyName: '西园智能装备有限公司' });
    agreementId = await draft(test, leadId);
  });
  afterAll(async () => {
    await test.close();
    test.remove();
  });

  it('refuses another park’s token every command on the agreement, before validation, and records nothing', async () => {
    const before = await test.engines.store.headPosition();
    const commands = [
      test.http.post('/api/v1/agreements').send(draftBody(leadId, { projectName: 42 })),
      test.http.patch(`/api/v1/agreements/${agreementId}`).send({ projectName: '东园改名项目' }),
      test.http.post(`/api/v1/agreements/${agreementId}/sign`).send({ signedOn: '2026-03-02' }),
      test.http.post(`/api/v1/agreements/${agreementId}/supplements`).send(supplement),
      test.http.post(`/api/v1/agreements/${agreementId}/terminate`).send({ terminatedOn: 'soon', reason: '' }),
    ];
    for (const command of commands) {
      const response = await command.set(east()).expect(403);
      expect(response.body.code).toBe('AUTH.PARK_NOT_ALLOWED');
    }
    expect(await test.engines.store.headPosition()).toBe(before);
    expect(await agreementEvents(agreementId)).toBe(1);
  });

  it('refuses another park’s token the agreement itself', async () => {
    const response = await test.http.get(`/api/v1/agreements/${agreementId}`).set(east()).expect(403);
    expect(response.body.code).toBe('AUTH.PARK_NOT_ALLOWED');
  });

  it('lets the agreement’s own park and the county work on it and read it', async () => {
    await test.http.patch(`/api/v1/agreements/${agreementId}`).set(west()).send({ projectName: '西园智能装备产业园项目' }).expect(200);
    const signed = await sign(test, agreementId).set(west()).expect(200);
    projectId = signed.body.projectId as string;
    await test.http.post(`/api/v1/agreements/${agreementId}/supplements`).set(county()).send(supplement).expect(201);
    for (const holder of [west(), county()]) {
      const response = await test.http.get(`/api/v1/agreements/${agreementId}`).set(holder).expect(200);
      expect(response.body).toMatchObject({ parkId: WEST, status: 'signed', projectName: '西园智能装备产业园项目' });
      expect(response.body.supplements).toHaveLength(1);
    }
    expect(await agreementEvents(agreementId)).toBe(4);
  });

  it('drafts for a park the token names', async () => {
    const eastLead = await qualifyLead(test, { parkId: EAST, companyName: '东园新材料有限公司' });
    await test.http.post('/api/v1/agreements').set(east()).send(draftBody(eastLead)).expect(201);
  });

  it('lists agreements, projects and qualified leads only of the parks the token names', async () => {
    const items = async (path: string, holder: { Authorization: string }) =>
      (await test.http.get(path).set(holder).expect(200)).body.items as Array<{ parkId: string; leadId: string }>;
    for (const path of ['/api/v1/agreements', '/api/v1/projects', '/api/v1/qualified-leads']) {
      const seenFromEast = await items(path, east());
      expect(seenFromEast.filter((item) => item.parkId !== EAST)).toEqual([]);
      expect(seenFromEast.map((item) => item.leadId)).not.toContain(leadId);
      expect((await items(path, west())).map((item) => item.leadId)).toEqual([leadId]);
      expect((await items(path, county())).map((item) => item.leadId)).toContain(leadId);
    }
    const projects = await test.http.get('/api/v1/projects').set(west()).expect(200);
    expect(projects.body.items).toEqual([expect.objectContaining({ projectId, parkId: WEST })]);
  });

  it('keeps each park’s incentive catalog to its own people, refusing before validation', async () => {
    const catalog = (parkId: string) => `/api/v1/parks/${parkId}/incentive-catalog`;
    const read = await test.http.get(catalog(WEST)).set(east()).expect(403);
    expect(read.body.code).toBe('AUTH.PARK_NOT_ALLOWED');
    const before = await test.engines.store.headPosition();
    const changes = [
      test.http.put(`${catalog(WEST)}/free-premises/flat`).send({ name: '', premises: [], years: -1 }),
      test.http.delete(`${catalog(WEST)}/free-premises`),
    ];
    for (const change of changes) {
      const response = await change.set(test.as('admin', 'eve', [EAST])).expect(403);
      expect(response.body.code).toBe('AUTH.PARK_NOT_ALLOWED');
    }
    expect(await test.engines.store.headPosition()).toBe(before);
    await test.http.get(catalog(WEST)).set(west()).expect(200);
    await test.http
      .delete(`${catalog(WEST)}/free-premises`)
      .set(test.as('admin', 'wade', [WEST]))
      .expect(200);
  });

  it('refuses park-scoped tokens an agreement recorded without a park, rather than guess one', async () => {
    const [drafted] = await test.engines.store.readStream(`agreement-${agreementId}`);
    const { parkId: _park, ...data } = drafted!.data as Record<string, unknown>;
    const unplaced = '0190a3b2-7c41-7e21-9a55-3f0c2d9effff';
    await test.engines.store.appendToStream(
      `agreement-${unplaced}`,
      [newEvent('AgreementDrafted', { ...data, agreementId: unplaced }, { leadId })],
      { expectedRevision: 'no_stream' },
    );
    await settle(test);
    for (const holder of [west(), east()]) {
      const read = await test.http.get(`/api/v1/agreements/${unplaced}`).set(holder).expect(403);
      expect(read.body.code).toBe('AUTH.PARK_NOT_ALLOWED');
      const amend = await test.http.patch(`/api/v1/agreements/${unplaced}`).set(holder).send({ projectName: '猜测园区' }).expect(403);
      expect(amend.body.code).toBe('AUTH.PARK_NOT_ALLOWED');
    }
    expect(await agreementEvents(unplaced)).toBe(1);
    await test.http.get(`/api/v1/agreements/${unplaced}`).set(county()).expect(200);
  });
});
