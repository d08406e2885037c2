import type { TestApp } from '@ia/testing';
import { disqualifyLead, qualifyLead } from './test-support/lead-intake.fake';
import { COMMITMENTS, draft, draftBody, startContractSigning } from './test-support/requests';

describe('drafting and amending agreements over HTTP', () => {
  let test: TestApp;
  beforeAll(async () => {
    test = await startContractSigning();
  });
  afterAll(async () => {
    await test.close();
    test.remove();
  });

  it('drafts from a qualified lead, with the enterprise from lead intake and computed incentives', async () => {
    const leadId = await qualifyLead(test, { uscc: '91430381MA4L1234X9' });
    const response = await test.http.post('/api/v1/agreements').set(test.as('promoter', 'alice')).send(draftBody(leadId)).expect(201);
    expect(response.body).toEqual({ id: expect.stringMatching(/^[0-9a-f-]{36}$/), revision: 0 });
    expect(response.headers['location']).toBe(`/api/v1/agreements/${response.body.id}`);
    expect(response.headers['etag']).toBe('"0"');
    const agreement = await test.http.get(`/api/v1/agreements/${response.body.id}`).set(test.as('auditor')).expect(200);
    expect(agreement.headers['etag']).toBe('"0"');
    expect(agreement.body).toMatchObject({
      status: 'draft',
      leadId,
      parkId: 'park-east',
      enterprise: { name: '湘乡智能装备有限公司', uscc: '91430381MA4L1234X9', industrySection: 'C', industryDivision: '38' },
      commitments: COMMITMENTS,
      countedInvestment: 0,
    });
    expect(agreement.body.incentives.map((incentive: { figures: unknown }) => incentive.figures)).toEqual([
      expect.objectContaining({ kind: 'rent_waiver', annualRent: 720_000, totalWaived: 2_880_000 }),
      { kind: 'investment_reward', fixedAssetInvestment: 80_000_000, reward: 3_750_000 },
      { kind: 'free_premises', premises: ['office', 'apartment', 'parking'], years: 3 },
    ]);
    const [drafted] = await test.engines.store.readStream(`agreement-${response.body.id}`);
    expect(drafted?.metadata).toMatchObject({ actor: { id: 'alice', role: 'promoter' }, leadId });
  });

  it('lists the leads an agreement may be drafted from', async () => {
    const leadId = await qualifyLead(test, { companyName: '湘潭新材料科技有限公司' });
    const response = await test.http.get('/api/v1/qualified-leads').set(test.as('leader')).expect(200);
    expect(response.body.items).toContainEqual({
      leadId,
      parkId: 'park-east',
      companyName: '湘潭新材料科技有限公司',
      industry: { section: 'C', division: '38' },
      qualifiedOn: '2026-02-20',
    });
  });

  it('refuses a lead that lead intake never qualified, and appends nothing', async () => {
    const before = await test.engines.store.headPosition();
    const response = await test.http
      .post('/api/v1/agreements')
      .set(test.as('admin'))
      .send(draftBody('0190a000-0000-7000-8000-00000000dead'))
      .expect(409);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.body).toMatchObject({ code: 'AGREEMENT.LEAD_NOT_QUALIFIED', title: '线索未通过筛选，不能起草协议' });
    expect(await test.engines.store.headPosition()).toBe(before);
  });

  it('refuses a lead that went back after it was qualified', async () => {
    const leadId = await qualifyLead(test);
    await disqualifyLead(test, leadId);
    const response = await test.http.post('/api/v1/agreements').set(test.as('promoter')).send(draftBody(leadId)).expect(409);
    expect(response.body.code).toBe('AGREEMENT.LEAD_NOT_QUALIFIED');
    const leads = await test.http.get('/api/v1/qualified-leads').set(test.as('promoter')).expect(200);
    expect(leads.body.items.map((lead: { leadId: string }) => lead.leadId)).not.toContain(leadId);
  });

  it('refuses incentives the catalog does not hold, or a rent waiver without the factory area', async () => {
    const leadId = await qualifyLead(test);
    const unknown = await test.http
      .post('/api/v1/agreements')
      .set(test.as('promoter'))
      .send(draftBody(leadId, { incentives: [{ code: 'golden-handshake' }] }))
      .expect(409);
    expect(unknown.body.code).toBe('AGREEMENT.INCENTIVE_NOT_IN_CATALOG');
    const noArea = await test.http
      .post('/api/v1/agreements')
      .set(test.as('promoter'))
      .send(draftBody(leadId, { incentives: [{ code: 'three-free-two-half' }] }))
      .expect(409);
    expect(noArea.body.code).toBe('AGREEMENT.FACTORY_AREA_REQUIRED');
    const tooMuch = await test.http
      .post('/api/v1/agreements')
      .set(test.as('promoter'))
      .send(draftBody(leadId, { commitments: { ...COMMITMENTS, fixedAssetInvestment: 130_000_000 } }))
      .expect(409);
    expect(tooMuch.body.code).toBe('AGREEMENT.FIXED_ASSETS_EXCEED_TOTAL');
  });

  it('amends a draft and recomputes its incentives', async () => {
    const id = await draft(test, await qualifyLead(test));
    const response = await test.http
      .patch(`/api/v1/agreements/${id}`)
      .set(test.as('admin'))
      .send({ commitments: { ...COMMITMENTS, fixedAssetInvestment: 45_000_000 }, projectName: '年产8万台智能装备产业园项目' })
      .expect(200);
    expect(response.body).toEqual({ id, revision: 1 });
    const agreement = await test.http.get(`/api/v1/agreements/${id}`).set(test.as('agent')).expect(200);
    expect(agreement.body.projectName).toBe('年产8万台智能装备产业园项目');
    expect(agreement.body.incentives[1].figures).toEqual({
      kind: 'investment_reward',
      fixedAssetInvestment: 45_000_000,
      reward: 2_000_000,
    });
    const unchanged = await test.http
      .patch(`/api/v1/agreements/${id}`)
      .set(test.as('admin'))
      .send({ projectName: '年产8万台智能装备产业园项目' })
      .expect(200);
    expect(unchanged.body.revision).toBe(1);
  });

  it('refuses an amendment by a stale If-Match with 412', async () => {
    const id = await draft(test, await qualifyLead(test));
    await test.http
      .patch(`/api/v1/agreements/${id}`)
      .set(test.as('promoter'))
      .set('If-Match', '"0"')
      .send({ projectName: '甲' })
      .expect(200);
    const stale = await test.http
      .patch(`/api/v1/agreements/${id}`)
      .set(test.as('promoter'))
      .set('If-Match', '"0"')
      .send({ projectName: '乙' })
      .expect(412);
    expect(stale.body).toMatchObject({ code: 'STREAM.REVISION_MISMATCH', currentRevision: 1 });
  });

  it('answers 404 for an agreement that does not exist', async () => {
    const missing = '0190a000-0000-7000-8000-00000000beef';
    expect((await test.http.get(`/api/v1/agreements/${missing}`).set(test.as('leader')).expect(404)).body.code).toBe('AGREEMENT.NOT_FOUND');
    expect(
      (await test.http.patch(`/api/v1/agreements/${missing}`).set(test.as('promoter')).send({ projectName: '甲' }).expect(404)).body.code,
    ).toBe('AGREEMENT.NOT_FOUND');
  });

  it('lets promoters and administrators write, and every role read', async () => {
    const leadId = await qualifyLead(test);
    for (const role of ['leader', 'auditor', 'agent'] as const) {
      const response = await test.http.post('/api/v1/agreements').set(test.as(role)).send(draftBody(leadId)).expect(403);
      expect(response.body.code).toBe('AUTH.ROLE_NOT_ALLOWED');
    }
    for (const role of ['promoter', 'admin', 'leader', 'auditor', 'agent'] as const) {
      await test.http.get('/api/v1/agreements').set(test.as(role)).expect(200);
      await test.http.get('/api/v1/projects').set(test.as(role)).expect(200);
    }
    await test.http.get('/api/v1/agreements').expect(401);
  });

  it('keeps a promoter to the parks in their token', async () => {
    const leadId = await qualifyLead(test, { parkId: 'park-west' });
    const refused = await test.http
      .post('/api/v1/agreements')
      .set(test.as('promoter', 'bob', ['park-east']))
      .send(draftBody(leadId))
      .expect(403);
    expect(refused.body.code).toBe('AUTH.PARK_NOT_ALLOWED');
    const id = await draft(test, leadId);
    await test.http
      .get(`/api/v1/agreements/${id}`)
      .set(test.as('leader', 'carol', ['park-east']))
      .expect(403);
    const listed = await test.http
      .get('/api/v1/agreements')
      .set(test.as('leader', 'carol', ['park-east']))
      .expect(200);
    expect(listed.body.items.every((agreement: { parkId: string }) => agreement.parkId === 'park-east')).toBe(true);
  });
});
