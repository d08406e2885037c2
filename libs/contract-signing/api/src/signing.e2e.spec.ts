import type { TestApp } from '@ia/testing';
import { disqualifyLead, published, qualifyLead, settle } from './test-support/lead-intake.fake';
import { COMMITMENTS, draft, sign, startContractSigning } from './test-support/requests';

describe('signing, supplements and termination over HTTP', () => {
  let test: TestApp;
  beforeAll(async () => {
    test = await startContractSigning();
  });
  afterAll(async () => {
    await test.close();
    test.remove();
  });
  const heard = (type: string, projectId: string) => published.filter((message) => message.type === type && message.key === projectId);

  it('signs: creates the project, due for registration the same day, and tells the other services', async () => {
    const leadId = await qualifyLead(test, { uscc: '91430381MA4L1234X9' });
    const id = await draft(test, leadId, { approvalPackage: 'industrial-project' });
    const response = await sign(test, id).expect(200);
    expect(response.body).toEqual({ id, projectId: expect.stringMatching(/^[0-9a-f]{8}-[0-9a-f]{4}-7/), revision: 1 });
    expect(response.headers['etag']).toBe('"1"');
    await settle(test);
    const [message] = heard('ProjectSigned', response.body.projectId);
    expect(message?.data).toEqual({
      projectId: response.body.projectId,
      agreementId: id,
      leadId,
      parkId: 'park-east',
      projectName: '年产5万台智能装备产业园项目',
      enterpriseName: '湘乡智能装备有限公司',
      uscc: '91430381MA4L1234X9',
      industrySection: 'C',
      signedOn: '2026-03-02',
      registrationDueOn: '2026-03-02',
      approvalPackage: 'industrial-project',
      commitments: COMMITMENTS,
    });
    const projects = await test.http.get('/api/v1/projects').set(test.as('auditor')).expect(200);
    expect(projects.body.items).toContainEqual(
      expect.objectContaining({
        projectId: response.body.projectId,
        status: 'signed',
        countedInvestment: 120_000_000,
        signedOn: '2026-03-02',
      }),
    );
    const signed = await test.http.get('/api/v1/agreements?status=signed').set(test.as('leader')).expect(200);
    expect(signed.body.items.map((agreement: { agreementId: string }) => agreement.agreementId)).toContain(id);
    const drafts = await test.http.get('/api/v1/agreements?status=draft').set(test.as('leader')).expect(200);
    expect(drafts.body.items.map((agreement: { agreementId: string }) => agreement.agreementId)).not.toContain(id);
  });

  it('refuses a second agreement for a lead that signed, at drafting and at signing, without double counting', async () => {
    const leadId = await qualifyLead(test);
    const first = await draft(test, leadId);
    const second = await draft(test, leadId);
    await sign(test, first).expect(200);
    const before = await test.engines.store.headPosition();
    const refused = await sign(test, second).expect(409);
    expect(refused.body).toMatchObject({ code: 'AGREEMENT.ALREADY_SIGNED_FOR_LEAD', signedAgreementId: first });
    expect(await test.engines.store.headPosition()).toBe(before);
    const redraft = await test.http
      .post('/api/v1/agreements')
      .set(test.as('promoter'))
      .send({ ...(await draftOf(first)), leadId })
      .expect(409);
    expect(redraft.body.code).toBe('AGREEMENT.ALREADY_SIGNED_FOR_LEAD');
  });

  it('lets exactly one of two agreements racing for the same lead sign', async () => {
    const leadId = await qualifyLead(test);
    const [one, two] = [await draft(test, leadId), await draft(test, leadId)];
    const answers = await Promise.all([sign(test, one), sign(test, two)]);
    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 409]);
    expect(answers.find((answer) => answer.status === 409)?.body.code).toBe('AGREEMENT.ALREADY_SIGNED_FOR_LEAD');
    await settle(test);
    const projects = await test.http.get('/api/v1/projects').set(test.as('auditor')).expect(200);
    expect(projects.body.items.filter((project: { leadId: string }) => project.leadId === leadId)).toHaveLength(1);
  });

  it('refuses a second signing for the same enterprise under another lead', async () => {
    const uscc = '91430300MA4QY8D2XU';
    await sign(test, await draft(test, await qualifyLead(test, { uscc }))).expect(200);
    const refused = await sign(test, await draft(test, await qualifyLead(test, { uscc }))).expect(409);
    expect(refused.body.code).toBe('AGREEMENT.ALREADY_SIGNED_FOR_ENTERPRISE');
  });

  it('replays the first answer, with the same project, when a signing is retried with its Idempotency-Key', async () => {
    const id = await draft(test, await qualifyLead(test));
    const send = () =>
      test.http
        .post(`/api/v1/agreements/${id}/sign`)
        .set(test.as('promoter', 'alice'))
        .set('Idempotency-Key', `sign-${id}`)
        .send({ signedOn: '2026-03-01' });
    const first = await send().expect(200);
    const again = await send().expect(200);
    expect(again.body).toEqual(first.body);
    expect(await test.engines.store.readStream(`agreement-${id}`)).toHaveLength(2);
  });

  it('refuses signing a lead disqualified since the draft, a future date, or twice', async () => {
    const leadId = await qualifyLead(test);
    const id = await draft(test, leadId);
    expect((await sign(test, id, '2026-03-03').expect(409)).body.code).toBe('AGREEMENT.DATE_IN_FUTURE');
    await disqualifyLead(test, leadId);
    expect((await sign(test, id).expect(409)).body.code).toBe('AGREEMENT.LEAD_NOT_QUALIFIED');
    const other = await draft(test, await qualifyLead(test));
    await sign(test, other).expect(200);
    expect((await sign(test, other).expect(409)).body.code).toBe('AGREEMENT.NOT_DRAFT');
    expect(
      (await test.http.patch(`/api/v1/agreements/${other}`).set(test.as('promoter')).send({ projectName: '甲' }).expect(409)).body.code,
    ).toBe('AGREEMENT.NOT_DRAFT');
  });

  it('counts only the increment of a capital increase', async () => {
    const id = await draft(test, await qualifyLead(test));
    const projectId = (await sign(test, id).expect(200)).body.projectId as string;
    const commitments = { ...COMMITMENTS, totalInvestment: 150_000_000, fixedAssetInvestment: 110_000_000 };
    const response = await test.http
      .post(`/api/v1/agreements/${id}/supplements`)
      .set(test.as('admin'))
      .send({ signedOn: '2026-03-02', summary: '增资扩产', commitments })
      .expect(201);
    expect(response.body).toEqual({ id, supplementId: expect.any(String), revision: 2 });
    expect(response.headers['location']).toBe(`/api/v1/agreements/${id}`);
    await settle(test);
    expect(heard('AgreementSupplemented', projectId)[0]?.data).toMatchObject({
      agreementId: id,
      countedIncrement: 30_000_000,
      commitments,
    });
    const projects = await test.http.get('/api/v1/projects').set(test.as('leader')).expect(200);
    expect(projects.body.items).toContainEqual(expect.objectContaining({ projectId, countedInvestment: 150_000_000, supplements: 1 }));
    const agreement = await test.http.get(`/api/v1/agreements/${id}`).set(test.as('leader')).expect(200);
    expect(agreement.body.incentives[1].figures.reward).toBe(5_000_000);
  });

  it('refuses a supplement to a draft or dated before the signing', async () => {
    const id = await draft(test, await qualifyLead(test));
    const body = { signedOn: '2026-03-02', summary: '增资', commitments: COMMITMENTS };
    expect((await test.http.post(`/api/v1/agreements/${id}/supplements`).set(test.as('promoter')).send(body).expect(409)).body.code).toBe(
      'AGREEMENT.NOT_SIGNED',
    );
    await sign(test, id, '2026-03-02').expect(200);
    const early = await test.http
      .post(`/api/v1/agreements/${id}/supplements`)
      .set(test.as('promoter'))
      .send({ ...body, signedOn: '2026-03-01' })
      .expect(409);
    expect(early.body.code).toBe('AGREEMENT.DATE_BEFORE_SIGNING');
  });

  it('terminates with the reason, keeps the history, and frees the lead for a new agreement', async () => {
    const leadId = await qualifyLead(test);
    const id = await draft(test, leadId);
    const projectId = (await sign(test, id, '2026-03-01').expect(200)).body.projectId as string;
    const response = await test.http
      .post(`/api/v1/agreements/${id}/terminate`)
      .set(test.as('promoter'))
      .send({ terminatedOn: '2026-03-02', reason: '企业资金链断裂' })
      .expect(200);
    expect(response.body).toEqual({ id, revision: 2 });
    await settle(test);
    expect(heard('AgreementTerminated', projectId)[0]?.data).toEqual({
      projectId,
      agreementId: id,
      terminatedOn: '2026-03-02',
      reason: '企业资金链断裂',
    });
    const events = await test.engines.store.readStream(`agreement-${id}`);
    expect(events.map((event) => event.type)).toEqual(['AgreementDrafted', 'AgreementSigned', 'AgreementTerminated']);
    expect(events[2]?.metadata).toMatchObject({ reason: '企业资金链断裂', projectId, leadId });
    const again = await test.http
      .post(`/api/v1/agreements/${id}/terminate`)
      .set(test.as('promoter'))
      .send({ terminatedOn: '2026-03-02', reason: '重复' })
      .expect(409);
    expect(again.body.code).toBe('AGREEMENT.TERMINATED');
    await sign(test, await draft(test, leadId)).expect(200);
    const projects = await test.http.get('/api/v1/projects').set(test.as('auditor')).expect(200);
    expect(projects.body.items).toContainEqual(expect.objectContaining({ projectId, status: 'terminated', terminatedOn: '2026-03-02' }));
  });

  async function draftOf(agreementId: string) {
    const { body } = await test.http.get(`/api/v1/agreements/${agreementId}`).set(test.as('promoter')).expect(200);
    return { projectName: body.projectName, parties: body.parties, commitments: body.commitments, incentives: [] };
  }
});
