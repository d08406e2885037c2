import { createTestApp, fixedClock, newEvent, type TestApp } from '@ia/testing';
import { LeadIntakeModule } from './lead-intake.module';
import { PARK, POLICY_BODY, leadBody, registerLead } from './test-support/lead-requests';

const OTHER_PARK = 'lanzhou-qinchuan';

describe('lead intake, park by park', () => {
  let test: TestApp;
  let lead: string;
  const inPark = () => test.as('promoter', 'alice', [PARK]);
  const elsewhere = () => test.as('promoter', 'carol', [OTHER_PARK]);
  const county = () => test.as('promoter', 'dave');
  const streamOf = async (id: string) => (await test.engines.store.readStream(`lead-${id}`)).length;
  const idsOf = (body: { items: Array<{ id: string }> }) => body.items.map((item) => item.id);

  beforeAll(async () => {
    test = await createTestApp([LeadIntakeModule], { clock: fixedClock('2026-03-02T02:00:00Z') });
    await test.http.put(`/api/v1/park-policies/${PARK}`).set(test.as('admin')).send(POLICY_BODY).expect(200);
    lead = await registerLead(test, { companyName: '湖南园区范围电气有限公司', uscc: undefined });
  });
  afterAll(async () => {
    await test.close();
    test.remove();
  });

  it('refuses another park’s token every command on the lead, before validation, and records nothing', async () => {
    const before = await test.engines.store.headPosition();
    const commands: Array<[string, object]> = [
      ['assignment', { promoterId: 'zhang.wei' }],
      ['follow-ups', { channel: 'phone', summary: '电话沟通' }],
      ['site-visits', { visitedOn: '2026-03-02', visitors: ['李明'], summary: '考察厂房' }],
      ['screenings', { decision: 'qualify', reason: '通过' }],
      ['hold', { reason: '暂缓' }],
      ['drop', { reason: '放弃' }],
      ['reopen', { reason: '重启' }],
      ['hold', { unexpected: true }],
    ];
    for (const [path, body] of commands) {
      const response = await test.http.post(`/api/v1/leads/${lead}/${path}`).set(elsewhere()).send(body).expect(403);
      expect(response.body.code).toBe('AUTH.PARK_NOT_ALLOWED');
    }
    const erasure = await test.http
      .post(`/api/v1/leads/${lead}/personal-data-erasure`)
      .set(test.as('admin', 'erin', [OTHER_PARK]))
      .send({ reason: '申请删除' })
      .expect(403);
    expect(erasure.body.code).toBe('AUTH.PARK_NOT_ALLOWED');
    expect(await test.engines.store.headPosition()).toBe(before);
    expect(await streamOf(lead)).toBe(1);
  });

  it('refuses another park’s token the lead itself', async () => {
    const response = await test.http.get(`/api/v1/leads/${lead}`).set(elsewhere()).expect(403);
    expect(response.body.code).toBe('AUTH.PARK_NOT_ALLOWED');
    expect(JSON.stringify(response.body)).not.toContain('园区范围电气');
  });

  it('lets the lead’s own park and the county work and read it', async () => {
    await test.http.post(`/api/v1/leads/${lead}/assignment`).set(inPark()).send({ promoterId: 'zhang.wei' }).expect(200);
    await test.http
      .post(`/api/v1/leads/${lead}/follow-ups`)
      .set(county())
      .send({ channel: 'phone', summary: '电话沟通用地需求' })
      .expect(200);
    for (const holder of [inPark(), county()]) {
      const response = await test.http.get(`/api/v1/leads/${lead}`).set(holder).expect(200);
      expect(response.body).toMatchObject({ id: lead, parkId: PARK, promoterId: 'zhang.wei', followUps: 1 });
    }
    expect(await streamOf(lead)).toBe(3);
  });

  it('still answers 404 for a lead nobody has, whatever the park', async () => {
    const missing = await test.http
      .post('/api/v1/leads/0195f0a4-7c1e-7a10-8b2c-3d4e5f60aaaa/hold')
      .set(elsewhere())
      .send({ reason: '暂缓' })
      .expect(404);
    expect(missing.body.code).toBe('LEAD.NOT_FOUND');
    await test.http.get('/api/v1/leads/0195f0a4-7c1e-7a10-8b2c-3d4e5f60aaaa').set(elsewhere()).expect(404);
  });

  it('registers a lead only in a park the token names, refusing before validation', async () => {
    const before = await test.engines.store.headPosition();
    const foreign = await test.http
      .post('/api/v1/leads')
      .set(inPark())
      .send(leadBody({ parkId: OTHER_PARK, companyName: '兰州越界企业有限公司', uscc: undefined, contactPhone: 'not a phone' }))
      .expect(403);
    expect(foreign.body.code).toBe('AUTH.PARK_NOT_ALLOWED');
    expect(await test.engines.store.headPosition()).toBe(before);
    await test.http
      .post('/api/v1/leads')
      .set(elsewhere())
      .send(leadBody({ parkId: OTHER_PARK, companyName: '兰州园内企业有限公司', uscc: undefined }))
      .expect(201);
  });

  it('lists and counts only the parks the token names', async () => {
    const theirs = await test.http.get('/api/v1/leads').set(elsewhere()).expect(200);
    expect(idsOf(theirs.body)).not.toContain(lead);
    expect(theirs.body.items.every((item: { parkId: string }) => item.parkId === OTHER_PARK)).toBe(true);
    expect(idsOf((await test.http.get('/api/v1/leads').set(inPark()).expect(200)).body)).toEqual([lead]);
    expect(idsOf((await test.http.get('/api/v1/leads').set(county()).expect(200)).body)).toContain(lead);
    const refused = await test.http.get(`/api/v1/leads?parkId=${PARK}`).set(elsewhere()).expect(403);
    expect(refused.body.code).toBe('AUTH.PARK_NOT_ALLOWED');

    const period = 'from=2026-03-01&to=2026-03-31';
    const funnel = async (holder: { Authorization: string }) =>
      (await test.http.get(`/api/v1/leads/funnel?${period}`).set(holder).expect(200)).body.stages[0].count as number;
    expect(await funnel(inPark())).toBe(1);
    expect(await funnel(elsewhere())).toBe(1);
    expect(await funnel(county())).toBe(2);
    const funnelRefused = await test.http.get(`/api/v1/leads/funnel?${period}&parkId=${PARK}`).set(elsewhere()).expect(403);
    expect(funnelRefused.body.code).toBe('AUTH.PARK_NOT_ALLOWED');
  });

  it('keeps each park’s screening policy to its own administrators', async () => {
    const foreign = await test.http
      .put(`/api/v1/park-policies/${PARK}`)
      .set(test.as('admin', 'erin', [OTHER_PARK]))
      .send({})
      .expect(403);
    expect(foreign.body.code).toBe('AUTH.PARK_NOT_ALLOWED');
    const read = await test.http.get(`/api/v1/park-policies/${PARK}`).set(elsewhere()).expect(403);
    expect(read.body.code).toBe('AUTH.PARK_NOT_ALLOWED');
    await test.http.get(`/api/v1/park-policies/${PARK}`).set(inPark()).expect(200);
    await test.http
      .put(`/api/v1/park-policies/${PARK}`)
      .set(test.as('admin', 'fay', [PARK]))
      .send(POLICY_BODY)
      .expect(200);
  });

  it('refuses park-scoped tokens a lead recorded without a park, rather than guess one', async () => {
    const [registered] = await test.engines.store.readStream(`lead-${lead}`);
    const { parkId: _park, ...data } = registered!.data as Record<string, unknown>;
    const unplaced = '0195f0a4-7c1e-7a10-8b2c-3d4e5f60bbbb';
    await test.engines.store.appendToStream(
      `lead-${unplaced}`,
      [newEvent('LeadRegistered', { ...data, leadId: unplaced }, { leadId: unplaced })],
      { expectedRevision: 'no_stream' },
    );
    for (const holder of [inPark(), elsewhere()]) {
      const read = await test.http.get(`/api/v1/leads/${unplaced}`).set(holder).expect(403);
      expect(read.body.code).toBe('AUTH.PARK_NOT_ALLOWED');
      const command = await test.http.post(`/api/v1/leads/${unplaced}/hold`).set(holder).send({ reason: '暂缓' }).expect(403);
      expect(command.body.code).toBe('AUTH.PARK_NOT_ALLOWED');
    }
    expect(await streamOf(unplaced)).toBe(1);
    await test.http.post(`/api/v1/leads/${unplaced}/hold`).set(county()).send({ reason: '暂缓' }).expect(200);
  });
});
