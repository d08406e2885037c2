import { createTestApp, fixedClock, type TestApp } from '@ia/testing';
import { LeadIntakeModule } from '../lead-intake.module';
import { POLICY_BODY, registerLead } from '../test-support/lead-requests';

describe('reading leads over HTTP', () => {
  const clock = fixedClock('2026-03-02T02:00:00Z');
  let test: TestApp;
  const ids: Record<string, string> = {};
  beforeAll(async () => {
    test = await createTestApp([LeadIntakeModule], { clock });
    await test.http.put('/api/v1/park-policies/xiangxiang-edz').set(test.as('admin')).send(POLICY_BODY).expect(200);
    ids['star'] = await registerLead(test, { promoterId: 'zhang.wei' });
    ids['far'] = await registerLead(test, {
      companyName: '长沙远航机械有限公司',
      uscc: '91430100MA4L678907',
      industryDivision: '34',
      source: 'online',
      sourceName: undefined,
      intendedInvestment: 50_000_000,
    });
    ids['qinchuan'] = await registerLead(test, {
      parkId: 'lanzhou-qinchuan',
      companyName: '兰州秦川医疗器械有限公司',
      uscc: undefined,
      industryDivision: '35',
      contactPhone: '0931-88886666',
    });
    clock.set('2026-03-03T02:00:00Z');
    await test.http
      .post(`/api/v1/leads/${ids['star']}/follow-ups`)
      .set(test.as('promoter'))
      .send({ channel: 'visit', summary: '上门拜访' })
      .expect(200);
    await test.http
      .post(`/api/v1/leads/${ids['star']}/screenings`)
      .set(test.as('promoter'))
      .send({ decision: 'qualify', reason: '符合主导产业' })
      .expect(200);
    clock.set('2026-03-06T02:00:00Z');
  });
  afterAll(async () => {
    await test.close();
    test.remove();
  });
  const list = (query: string, role: 'promoter' | 'leader' | 'admin' | 'auditor' = 'promoter', parks: string[] = []) =>
    test.http.get(`/api/v1/leads${query}`).set(test.as(role, `${role}-1`, parks));
  const idsOf = (body: { items: Array<{ id: string }> }) => body.items.map((item) => item.id);

  it('lists the newest first with paging', async () => {
    const first = await list('?pageSize=2').expect(200);
    expect(first.body).toMatchObject({ total: 3, page: 1, pageSize: 2 });
    expect(idsOf(first.body)).toEqual([ids['qinchuan'], ids['far']]);
    expect(idsOf((await list('?pageSize=2&page=2').expect(200)).body)).toEqual([ids['star']]);
  });

  it('filters by status, industry, source, promoter and park', async () => {
    expect(idsOf((await list('?status=qualified')).body)).toEqual([ids['star']]);
    expect(idsOf((await list('?industry=C34')).body)).toEqual([ids['far']]);
    expect(idsOf((await list('?industry=C')).body)).toHaveLength(3);
    expect(idsOf((await list('?source=online')).body)).toEqual([ids['far']]);
    expect(idsOf((await list('?promoter=zhang.wei')).body)).toEqual([ids['star']]);
    expect(idsOf((await list('?parkId=lanzhou-qinchuan')).body)).toEqual([ids['qinchuan']]);
  });

  it('finds a lead by its whole USCC, typed in lower case or full width', async () => {
    expect(idsOf((await list('?search=91430100ma4l678907')).body)).toEqual([ids['far']]);
    expect(idsOf((await list(`?search=${encodeURIComponent('９１４３０１００ＭＡ４Ｌ６７８９０７')}`)).body)).toEqual([ids['far']]);
    expect(idsOf((await list('?search=91430100MA4L67890')).body)).toEqual([]);
  });

  it('searches Chinese names on the normalised name', async () => {
    expect(idsOf((await list(`?search=${encodeURIComponent('远航 机械')}`)).body)).toEqual([ids['far']]);
    expect(idsOf((await list(`?search=${encodeURIComponent('秦川医疗器械有限责任公司')}`)).body)).toEqual([ids['qinchuan']]);
  });

  it('flags open leads past their working-day deadlines, computed from today', async () => {
    const overdue = await list('?overdue=true').expect(200);
    expect(idsOf(overdue.body).sort()).toEqual([ids['far'], ids['qinchuan']].sort());
    expect(overdue.body.items[0].timeliness).toEqual({
      firstResponseDueOn: '2026-03-03',
      assessmentDueOn: '2026-03-05',
      overdue: ['first_response', 'assessment'],
      provisional: false,
    });
    expect(idsOf((await list('?overdue=false')).body)).toEqual([ids['star']]);
  });

  it('masks contact phones for leaders and auditors, not for promoters and admins', async () => {
    const phones = async (role: 'promoter' | 'leader' | 'admin' | 'auditor') =>
      (await list('?parkId=lanzhou-qinchuan', role)).body.items[0].contactPhone;
    expect(await phones('promoter')).toBe('0931-88886666');
    expect(await phones('admin')).toBe('0931-88886666');
    expect(await phones('leader')).toBe('093****6666');
    const detail = await test.http.get(`/api/v1/leads/${ids['star']}`).set(test.as('auditor')).expect(200);
    expect(detail.body.contactPhone).toBe('138****5678');
  });

  it('shows a principal only the parks they work for, and refuses another park’s lead', async () => {
    expect(idsOf((await list('', 'leader', ['lanzhou-qinchuan'])).body)).toEqual([ids['qinchuan']]);
    const foreign = await test.http
      .get(`/api/v1/leads/${ids['star']}`)
      .set(test.as('leader', 'l', ['lanzhou-qinchuan']))
      .expect(403);
    expect(foreign.body.code).toBe('AUTH.PARK_NOT_ALLOWED');
  });

  it('gives a lead with its timeline', async () => {
    const detail = await test.http.get(`/api/v1/leads/${ids['star']}`).set(test.as('leader')).expect(200);
    expect(detail.body.timeline.map((entry: { type: string }) => entry.type)).toEqual([
      'LeadRegistered',
      'PromoterAssigned',
      'FollowUpRecorded',
      'LeadScreened',
      'LeadQualified',
    ]);
    expect(detail.body).toMatchObject({
      status: 'qualified',
      reached: { followedUp: true, screened: true, qualified: true, signed: false },
      timeliness: { overdue: [] },
    });
    expect(JSON.stringify(detail.body.timeline)).not.toContain('13812345678');
  });

  it('counts the funnel by stage and source for a period', async () => {
    const funnel = await test.http.get('/api/v1/leads/funnel?from=2026-03-01&to=2026-03-31').set(test.as('leader')).expect(200);
    expect(funnel.body.stages).toEqual([
      { stage: 'registered', count: 3, intendedInvestment: 650_000_000 },
      { stage: 'followed_up', count: 1, intendedInvestment: 300_000_000 },
      { stage: 'screened', count: 1, intendedInvestment: 300_000_000 },
      { stage: 'qualified', count: 1, intendedInvestment: 300_000_000 },
      { stage: 'signed', count: 0, intendedInvestment: 0 },
    ]);
    const online = funnel.body.bySource.find((entry: { source: string }) => entry.source === 'online');
    expect(online.stages[0]).toEqual({ stage: 'registered', count: 1, intendedInvestment: 50_000_000 });
    const park = await test.http
      .get('/api/v1/leads/funnel?from=2026-03-01&to=2026-03-31&parkId=lanzhou-qinchuan')
      .set(test.as('auditor'))
      .expect(200);
    expect(park.body.stages[0]).toEqual({ stage: 'registered', count: 1, intendedInvestment: 300_000_000 });
    const april = await test.http.get('/api/v1/leads/funnel?from=2026-04-01&to=2026-04-30').set(test.as('admin')).expect(200);
    expect(april.body.stages[0].count).toBe(0);
  });

  it('refuses bad queries with 400', async () => {
    for (const query of [
      '?status=lost',
      '?industry=Z99',
      '?industry=A38',
      '?overdue=yes',
      '?page=0',
      '?pageSize=500',
      '?colour=red',
      `?search=${'星'.repeat(101)}`,
    ]) {
      expect((await list(query).expect(400)).body.code).toBe('REQUEST.VALIDATION_FAILED');
    }
    for (const query of ['?from=2026-03-01', '?from=2026-02-30&to=2026-03-31', '?from=2026-03-01&to=2026-03-31&extra=1']) {
      await test.http.get(`/api/v1/leads/funnel${query}`).set(test.as('admin')).expect(400);
    }
    const reversed = await test.http.get('/api/v1/leads/funnel?from=2026-03-31&to=2026-03-01').set(test.as('admin')).expect(400);
    expect(reversed.body.code).toBe('REQUEST.INVALID_PERIOD');
  });

  it('answers 404 for a lead that does not exist', async () => {
    const response = await test.http.get('/api/v1/leads/0195f0a4-7c1e-7a10-8b2c-3d4e5f607182').set(test.as('auditor')).expect(404);
    expect(response.body.code).toBe('LEAD.NOT_FOUND');
    await test.http.get('/api/v1/leads/unknown').set(test.as('auditor')).expect(404);
  });
});
