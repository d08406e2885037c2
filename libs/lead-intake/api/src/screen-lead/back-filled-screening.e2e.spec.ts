import { createTestApp, fixedClock, type TestApp } from '@ia/testing';
import { LeadIntakeModule } from '../lead-intake.module';
import { PARK, POLICY_BODY, registerLead } from '../test-support/lead-requests';

describe('a screening recorded after the day it was decided', () => {
  const clock = fixedClock('2026-03-02T02:00:00Z');
  let test: TestApp;
  beforeAll(async () => {
    test = await createTestApp([LeadIntakeModule], { clock });
    // Version 1 wants 250 万元 a mu, which the lead's 300 meets; version 2, set on 5 March, wants 400.
    await test.http.put(`/api/v1/park-policies/${PARK}`).set(test.as('admin')).send(POLICY_BODY).expect(200);
    clock.set('2026-03-05T02:00:00Z');
    await test.http
      .put(`/api/v1/park-policies/${PARK}`)
      .set(test.as('admin'))
      .send({ ...POLICY_BODY, minimumInvestmentIntensity: 400 })
      .expect(200);
  });
  afterAll(async () => {
    await test.close();
    test.remove();
  });

  let counter = 0;
  const screen = async (body: Record<string, unknown>) => {
    counter += 1;
    const lead = await registerLead(test, {
      companyName: `补录筛选企业${counter}号有限公司`,
      uscc: undefined,
      occurredAt: '2026-03-01T01:00:00Z',
    });
    const response = await test.http
      .post(`/api/v1/leads/${lead}/screenings`)
      .set(test.as('promoter'))
      .send({ decision: 'qualify', reason: '会上研究同意', ...body });
    return { lead, response };
  };

  it('is judged by the policy in force when it was decided, and dated that day', async () => {
    const { lead, response } = await screen({ occurredAt: '2026-03-04T06:30:00Z' });
    expect(response.status).toBe(200);
    const view = await test.http.get(`/api/v1/leads/${lead}`).set(test.as('leader')).expect(200);
    expect(view.body).toMatchObject({ status: 'qualified', qualifiedOn: '2026-03-04', lastScreening: { policyVersion: 1 } });
    expect(view.body.lastScreening.results).toContainEqual({ rule: 'investment_intensity', outcome: 'passed', actual: 300, required: 250 });
    const [screened] = await test.engines.store.readStream(`lead-${lead}`, { fromRevision: 1 });
    expect(screened?.metadata.occurredAt).toBe('2026-03-04T06:30:00Z');
  });

  it('is judged by the current policy when it carries no time', async () => {
    const { lead, response } = await screen({});
    expect(response.status).toBe(200);
    const view = await test.http.get(`/api/v1/leads/${lead}`).set(test.as('leader')).expect(200);
    expect(view.body).toMatchObject({ qualifiedOn: '2026-03-05', lastScreening: { policyVersion: 2 } });
    expect(view.body.lastScreening.results).toContainEqual({ rule: 'investment_intensity', outcome: 'failed', actual: 300, required: 400 });
  });

  it('is refused before the park had any policy, and in the future, changing nothing', async () => {
    const early = await screen({ occurredAt: '2026-03-01T12:00:00Z' });
    expect(early.response.status).toBe(409);
    expect(early.response.body.code).toBe('LEAD.PARK_POLICY_MISSING');
    const future = await screen({ occurredAt: '2026-03-06T02:00:00Z' });
    expect(future.response.status).toBe(400);
    expect(future.response.body.code).toBe('REQUEST.OCCURRED_IN_FUTURE');
    for (const { lead } of [early, future]) expect(await test.engines.store.readStream(`lead-${lead}`)).toHaveLength(1);
  });
});
