import { createTestApp, fixedClock, type TestApp } from '@ia/testing';
import { LeadIntakeModule } from '../lead-intake.module';
import { PARK, POLICY_BODY, registerLead } from '../test-support/lead-requests';

describe('working a lead over HTTP', () => {
  let test: TestApp;
  let lead: string;
  beforeAll(async () => {
    test = await createTestApp([LeadIntakeModule], { clock: fixedClock('2026-03-02T02:00:00Z') });
    await test.http.put(`/api/v1/park-policies/${PARK}`).set(test.as('admin')).send(POLICY_BODY).expect(200);
  });
  let counter = 0;
  beforeEach(async () => {
    counter += 1;
    lead = await registerLead(test, { companyName: `工作流企业${counter}号有限公司`, uscc: undefined });
  });
  afterAll(async () => {
    await test.close();
    test.remove();
  });
  const post = (path: string, body: unknown, role: 'promoter' | 'admin' | 'leader' = 'promoter') =>
    test.http
      .post(`/api/v1/leads/${lead}/${path}`)
      .set(test.as(role, 'alice'))
      .send(body as object);

  it('assigns a promoter and answers 200 with the revision as ETag', async () => {
    const response = await post('assignment', { promoterId: 'zhang.wei' }).expect(200);
    expect(response.body).toEqual({ id: lead, revision: 1 });
    expect(response.headers['etag']).toBe('"1"');
    const view = await test.http.get(`/api/v1/leads/${lead}`).set(test.as('leader')).expect(200);
    expect(view.body.promoterId).toBe('zhang.wei');
  });

  it('records a follow-up and a site visit, which show in the timeline', async () => {
    await post('follow-ups', {
      channel: 'phone',
      summary: '电话沟通用地需求',
      nextStep: '安排考察',
      nextStepOn: '2026-03-05',
      occurredAt: '2026-03-02T01:00:00Z',
    }).expect(200);
    await post('site-visits', { visitedOn: '2026-03-02', visitors: ['李明'], summary: '考察标准厂房' }).expect(200);
    const view = await test.http.get(`/api/v1/leads/${lead}`).set(test.as('auditor')).expect(200);
    expect(view.body.timeline.map((entry: { title: string }) => entry.title)).toEqual(['登记线索', '跟进洽谈', '实地考察']);
    expect(view.body.timeline[1]).toMatchObject({
      occurredAt: '2026-03-02T01:00:00Z',
      details: { channel: 'phone', nextStepOn: '2026-03-05' },
    });
    expect(view.body).toMatchObject({ firstRespondedOn: '2026-03-02', followUps: 1, siteVisits: 1 });
  });

  it('screens against the park policy and qualifies, recording every rule', async () => {
    const response = await post('screenings', { decision: 'qualify', reason: '符合主导产业' }).expect(200);
    expect(response.body.revision).toBe(2);
    const view = await test.http.get(`/api/v1/leads/${lead}`).set(test.as('promoter')).expect(200);
    expect(view.body).toMatchObject({
      status: 'qualified',
      qualifiedOn: '2026-03-02',
      lastScreening: { decision: 'qualify', policyVersion: 1 },
    });
    expect(view.body.lastScreening.results).toContainEqual({ rule: 'investment_intensity', outcome: 'passed', actual: 300, required: 250 });
    const [screened] = await test.engines.store.readStream(`lead-${lead}`, { fromRevision: 1 });
    expect(screened?.metadata.reason).toBe('符合主导产业');
  });

  it('puts on hold, drops and reopens with reasons', async () => {
    await post('hold', { reason: '企业资金未落实' }).expect(200);
    await post('drop', { reason: '企业转投他处' }).expect(200);
    await post('reopen', { reason: '企业重新表达意向' }).expect(200);
    const view = await test.http.get(`/api/v1/leads/${lead}`).set(test.as('promoter')).expect(200);
    expect(view.body.status).toBe('open');
    expect(view.body.timeline.slice(1).map((entry: { details: unknown }) => entry.details)).toEqual([
      { from: 'open', reason: '企业资金未落实' },
      { from: 'on_hold', reason: '企业转投他处' },
      { from: 'dropped', reason: '企业重新表达意向' },
    ]);
  });

  it('answers business refusals with 409 and the code, appending nothing', async () => {
    await post('drop', { reason: '放弃' }).expect(200);
    const before = await test.engines.store.headPosition();
    expect((await post('follow-ups', { channel: 'phone', summary: '再联系' }).expect(409)).body).toMatchObject({
      code: 'LEAD.CLOSED',
      title: '线索已关闭',
    });
    expect((await post('screenings', { decision: 'qualify', reason: '通过' }).expect(409)).body.code).toBe('LEAD.NOT_OPEN');
    expect(await test.engines.store.headPosition()).toBe(before);
    await post('reopen', { reason: '重新跟进' }).expect(200);
    const reopened = await test.engines.store.headPosition();
    expect((await post('reopen', { reason: '再次' }).expect(409)).body.code).toBe('LEAD.ALREADY_OPEN');
    expect(await test.engines.store.headPosition()).toBe(reopened);
  });

  it('refuses screening where the park has no policy', async () => {
    const elsewhere = await registerLead(test, { parkId: 'lanzhou-qinchuan', companyName: '秦川无政策企业有限公司', uscc: undefined });
    const response = await test.http
      .post(`/api/v1/leads/${elsewhere}/screenings`)
      .set(test.as('promoter'))
      .send({ decision: 'qualify', reason: '通过' })
      .expect(409);
    expect(response.body.code).toBe('LEAD.PARK_POLICY_MISSING');
  });

  it('answers 404 for an unknown or malformed lead id, 403 for another park or a reading role', async () => {
    expect(
      (
        await test.http
          .post('/api/v1/leads/0195f0a4-7c1e-7a10-8b2c-3d4e5f607182/hold')
          .set(test.as('promoter'))
          .send({ reason: '暂缓' })
          .expect(404)
      ).body.code,
    ).toBe('LEAD.NOT_FOUND');
    await test.http.post('/api/v1/leads/not-a-lead/hold').set(test.as('promoter')).send({ reason: '暂缓' }).expect(404);
    const foreign = await test.http
      .post(`/api/v1/leads/${lead}/hold`)
      .set(test.as('promoter', 'carol', ['lanzhou-qinchuan']))
      .send({ reason: '暂缓' })
      .expect(403);
    expect(foreign.body.code).toBe('AUTH.PARK_NOT_ALLOWED');
    await post('hold', { reason: '暂缓' }, 'leader').expect(403);
  });

  it('refuses bad input on every command with 400 and appends nothing', async () => {
    const before = await test.engines.store.headPosition();
    const bad: Array<[string, unknown]> = [
      ['assignment', { promoterId: 'zhang.wei', extra: 1 }],
      ['assignment', {}],
      ['follow-ups', { channel: 'carrier-pigeon', summary: '飞鸽传书' }],
      ['follow-ups', { channel: 'phone', summary: '跟'.repeat(2001) }],
      ['follow-ups', { channel: 'phone', summary: '跟进', nextStepOn: '2026-02-30' }],
      ['site-visits', { visitedOn: '2026-03-04', visitors: '李明', summary: '考察' }],
      ['screenings', { decision: 'maybe', reason: '再看' }],
      ['screenings', { decision: 'qualify' }],
      ['hold', { reason: 42 }],
      ['drop', { reason: '   ' }],
    ];
    for (const [path, body] of bad) {
      const response = await post(path, body).expect(400);
      expect(response.body.code).toBe('REQUEST.VALIDATION_FAILED');
    }
    expect(await test.engines.store.headPosition()).toBe(before);
  });

  it('refuses a stale If-Match with 412', async () => {
    await post('assignment', { promoterId: 'zhang.wei' }).expect(200);
    const stale = await test.http
      .post(`/api/v1/leads/${lead}/assignment`)
      .set(test.as('promoter'))
      .set('If-Match', '"0"')
      .send({ promoterId: 'li.na' })
      .expect(412);
    expect(stale.body).toMatchObject({ code: 'STREAM.REVISION_MISMATCH', currentRevision: 1 });
  });
});
