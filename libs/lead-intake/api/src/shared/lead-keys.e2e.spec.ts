import { createTestApp, fixedClock, type TestApp } from '@ia/testing';
import { LEAD_KEYS_COLLECTION } from '@ia/lead-intake/domain';
import { LeadIntakeModule } from '../lead-intake.module';
import { leadBody, registerLead } from '../test-support/lead-requests';
import { LeadKeys } from './lead-keys';

describe('duplicate keys across lead streams', () => {
  const clock = fixedClock('2026-03-02T02:00:00Z');
  let test: TestApp;
  beforeAll(async () => {
    test = await createTestApp([LeadIntakeModule], { clock });
  });
  afterAll(async () => {
    await test.close();
    test.remove();
  });
  const register = (changes: Record<string, unknown>) => test.http.post('/api/v1/leads').set(test.as('promoter')).send(leadBody(changes));

  it('refuses a duplicate from the key stream even when the read model has not seen the first lead', async () => {
    const first = await registerLead(test, { companyName: '湘潭索引电缆有限公司', uscc: undefined });
    await test.engines.readModels.clear([LEAD_KEYS_COLLECTION]);
    const response = await register({ companyName: '湘潭索引电缆有限公司', uscc: undefined }).expect(409);
    expect(response.body).toMatchObject({ code: 'LEAD.DUPLICATE_NAME', existingLeadId: first });
  });

  it('lets a new lead take the name of a dropped one, and then refuses to reopen the dropped one', async () => {
    const dropped = await registerLead(test, { companyName: '衡阳放弃电子有限公司', uscc: '91430181MA4RX12349' });
    await test.http.post(`/api/v1/leads/${dropped}/drop`).set(test.as('promoter')).send({ reason: '企业转投他处' }).expect(200);
    const successor = await registerLead(test, { companyName: '衡阳放弃电子有限公司', uscc: '91430181MA4RX12349' });
    const reopen = await test.http
      .post(`/api/v1/leads/${dropped}/reopen`)
      .set(test.as('promoter'))
      .send({ reason: '重新洽谈' })
      .expect(409);
    expect(reopen.body).toMatchObject({ code: 'LEAD.DUPLICATE_USCC', existingLeadId: successor });
    const view = await test.http.get(`/api/v1/leads/${dropped}`).set(test.as('promoter')).expect(200);
    expect(view.body.status).toBe('dropped');
  });

  it('reopens a dropped lead whose keys nobody took', async () => {
    const closed = await registerLead(test, { companyName: '岳阳复议化工有限公司', uscc: undefined });
    await test.http.post(`/api/v1/leads/${closed}/drop`).set(test.as('promoter')).send({ reason: '资料不全' }).expect(200);
    await test.http.post(`/api/v1/leads/${closed}/reopen`).set(test.as('admin')).send({ reason: '补齐资料' }).expect(200);
    expect((await register({ companyName: '岳阳复议化工有限公司', uscc: undefined }).expect(409)).body.existingLeadId).toBe(closed);
  });

  it('gives up a claim whose registration never happened, once it is a minute old', async () => {
    const context = {
      actor: { id: 'alice', role: 'promoter' as const },
      occurredAt: '2026-03-02T02:00:00.000Z',
      correlationId: 'crash-test',
    };
    await test.app.get(LeadKeys).claimAll('0195f0a4-0000-7000-8000-000000000001', [{ kind: 'name', value: '常德中断机电' }], context);
    expect((await register({ companyName: '常德中断机电有限公司', uscc: undefined }).expect(409)).body.code).toBe('LEAD.DUPLICATE_NAME');
    clock.set(new Date(Date.now() + 120_000).toISOString());
    await register({ companyName: '常德中断机电有限公司', uscc: undefined }).expect(201);
  });
});
