import { verifyChain } from '@ia/kernel';
import { ERASED } from '@ia/platform';
import { createTestApp, type TestApp } from '@ia/testing';
import { LeadIntakeModule } from '../lead-intake.module';
import { registerLead } from '../test-support/lead-requests';

describe('personal data of a lead’s contact', () => {
  let test: TestApp;
  beforeAll(async () => {
    test = await createTestApp([LeadIntakeModule]);
  });
  afterAll(async () => {
    await test.close();
    test.remove();
  });

  it('is stored only sealed: neither the name nor the phone number is in the event store', async () => {
    const id = await registerLead(test, {
      companyName: '湖南保密电气有限公司',
      uscc: undefined,
      contactPerson: '赵敏',
      contactPhone: '13987654321',
    });
    const [registered] = await test.engines.store.readStream(`lead-${id}`);
    const stored = JSON.stringify(registered);
    expect(stored).not.toContain('赵敏');
    expect(stored).not.toContain('13987654321');
    expect(stored).toContain('pii:v1:');
  });

  it('is shown whole to promoters and admins, masked to leaders and auditors', async () => {
    const id = await registerLead(test, {
      companyName: '湖南可见电气有限公司',
      uscc: undefined,
      contactPerson: '钱多多',
      contactPhone: '13800001111',
    });
    const promoter = await test.http.get(`/api/v1/leads/${id}`).set(test.as('promoter')).expect(200);
    expect(promoter.body).toMatchObject({ contactPerson: '钱多多', contactPhone: '13800001111' });
    const auditor = await test.http.get(`/api/v1/leads/${id}`).set(test.as('auditor')).expect(200);
    expect(auditor.body).toMatchObject({ contactPerson: '钱**', contactPhone: '138****1111' });
    const listed = await test.http.get('/api/v1/leads').query({ search: '可见电气' }).set(test.as('leader')).expect(200);
    expect(listed.body.items[0]).toMatchObject({ contactPerson: '钱**', contactPhone: '138****1111' });
  });

  it('is erased on request: the key is destroyed, the erasure is an event, the history still verifies', async () => {
    const id = await registerLead(test, {
      companyName: '湖南删除电气有限公司',
      uscc: undefined,
      contactPerson: '孙悟空',
      contactPhone: '13711112222',
    });
    const other = await registerLead(test, {
      companyName: '湖南保留电气有限公司',
      uscc: undefined,
      contactPerson: '猪八戒',
      contactPhone: '13733334444',
    });
    await test.http.post(`/api/v1/leads/${id}/personal-data-erasure`).set(test.as('promoter')).send({ reason: '申请删除' }).expect(403);
    await test.http.post(`/api/v1/leads/${id}/personal-data-erasure`).set(test.as('admin', 'root')).send({}).expect(400);
    await test.http
      .post(`/api/v1/leads/${id}/personal-data-erasure`)
      .set(test.as('admin', 'root'))
      .send({ reason: '联系人依法申请删除' })
      .expect(200);

    const shown = await test.http.get(`/api/v1/leads/${id}`).set(test.as('admin')).expect(200);
    expect(shown.body).toMatchObject({ contactPerson: ERASED, contactPhone: ERASED, companyName: '湖南删除电气有限公司' });
    expect((await test.http.get(`/api/v1/leads/${other}`).set(test.as('admin'))).body.contactPerson).toBe('猪八戒');

    const events = await test.engines.store.readStream(`lead-${id}`);
    expect(events.map((event) => event.type)).toEqual(['LeadRegistered', 'PersonalDataErased']);
    expect(events[1]?.metadata).toMatchObject({ actor: { id: 'root', role: 'admin' }, reason: '联系人依法申请删除' });
    expect(verifyChain(`lead-${id}`, events)).toMatchObject({ valid: true, count: 2 });

    const again = await test.http
      .post(`/api/v1/leads/${id}/personal-data-erasure`)
      .set(test.as('admin'))
      .send({ reason: '重复申请' })
      .expect(200);
    expect(again.body.revision).toBe(1);
  });
});
