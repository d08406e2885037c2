import { DEFAULT_CATALOG } from '@ia/approvals/domain';
import { verifyChain } from '@ia/kernel';
import { ERASED } from '@ia/platform';
import { createTestApp, fixedClock, type TestApp } from '@ia/testing';
import { ApprovalsModule } from './approvals.module';
import { signedProjectClient } from './test-support/project-client';
import { TestSigningModule } from './test-support/test-signing.module';

const materialsOf = (code: string) => (DEFAULT_CATALOG.items[code]?.materials ?? []).map((material) => material.code);

interface Intake {
  applicantName: string;
  applicantIdNumber: string;
}

describe('the applicant’s personal data taken in with the materials (三个一)', () => {
  let test: TestApp;
  let project: Awaited<ReturnType<typeof signedProjectClient>>;
  const codes = new Map<string, string>();
  const intake = (itemId: string, applicant: { applicantName?: unknown; applicantIdNumber?: unknown }, receivedOn = '2026-03-02') =>
    test.http
      .post(`/api/v1/approvals/${itemId}/intake`)
      .set(test.as('agent', 'agent-wang'))
      .send({
        receivedOn,
        formReference: '湘乡经开区代办〔2026〕0301号',
        materialCodes: materialsOf(codes.get(itemId) ?? ''),
        ...applicant,
      });
  const shownTo = async (itemId: string, role: 'agent' | 'admin' | 'leader' | 'auditor'): Promise<Intake> =>
    (await test.http.get(`/api/v1/approvals/${itemId}`).set(test.as(role)).expect(200)).body.intake;
  const openItem = async (code: string): Promise<string> => {
    const item = await project.find(code);
    await project.step(item.id, 'assignment', { agentId: 'agent-wang' }).expect(200);
    codes.set(item.id, code);
    return item.id;
  };

  beforeAll(async () => {
    test = await createTestApp([ApprovalsModule, TestSigningModule], { clock: fixedClock('2026-03-05T02:00:00Z') });
    project = await signedProjectClient(test);
  });
  afterAll(async () => {
    await test.close();
    test.remove();
  });

  it('refuses an ID number that is not a valid resident identity number, with a field error that does not repeat it', async () => {
    const itemId = await openItem('business_registration');
    const head = await test.engines.store.headPosition();
    const cases: Array<[string, RegExp]> = [
      ['430381197502030021', /check character/],
      ['4303**********1234', /18-character resident identity number/],
      ['430381199002300011', /birth date/],
      ['43038120260303001X', /birth date/],
      ['43038119750203002', /18-character/],
    ];
    for (const [applicantIdNumber, message] of cases) {
      const refused = await intake(itemId, { applicantName: '王建国', applicantIdNumber }).expect(400);
      expect(refused.body.code).toBe('REQUEST.VALIDATION_FAILED');
      expect(refused.body.errors).toEqual([{ field: 'applicantIdNumber', messages: [expect.stringMatching(message)] }]);
      expect(JSON.stringify(refused.body)).not.toContain(applicantIdNumber);
    }
    const blank = await intake(itemId, { applicantName: '  ', applicantIdNumber: '430381197502030020' }).expect(400);
    expect(blank.body.errors.map((error: { field: string }) => error.field)).toEqual(['applicantName']);
    expect(await test.engines.store.headPosition()).toBe(head);
  });

  it('stores the name and ID number only sealed, and shows them whole to agents and admins, masked to others', async () => {
    const itemId = await openItem('tax_registration');
    await intake(itemId, { applicantName: '李秀英', applicantIdNumber: '11010519491231002x' }, '2026-03-03').expect(200);
    const stored = JSON.stringify(await test.engines.store.readStream(`approval-${itemId}`));
    expect(stored).not.toContain('李秀英');
    expect(stored).not.toMatch(/11010519491231002/i);
    expect(stored).toContain(`pii:v1:applicant-${itemId}:`);

    const whole = { applicantName: '李秀英', applicantIdNumber: '11010519491231002X' };
    const masked = { applicantName: '李**', applicantIdNumber: '110105********002X' };
    expect(await shownTo(itemId, 'agent')).toMatchObject(whole);
    expect(await shownTo(itemId, 'admin')).toMatchObject(whole);
    expect(await shownTo(itemId, 'leader')).toMatchObject(masked);
    expect(await shownTo(itemId, 'auditor')).toMatchObject(masked);
    const inPlan = (await test.http.get(`/api/v1/projects/${project.projectId}/approvals`).set(test.as('auditor')).expect(200)).body.items;
    expect(inPlan.find((item: { id: string }) => item.id === itemId).intake).toMatchObject(masked);
    const inQueue = (await test.http.get('/api/v1/approvals').set(test.as('leader')).expect(200)).body.items;
    expect(inQueue.find((item: { id: string }) => item.id === itemId).intake).toMatchObject(masked);
  });

  it('erases them on an admin’s request: the erasure is an event, the key is gone, the history still verifies', async () => {
    const itemId = await openItem('project_filing');
    const kept = await openItem('land_pre_examination');
    await intake(itemId, { applicantName: '张三丰', applicantIdNumber: '43038119880512001X' }).expect(200);
    await intake(kept, { applicantName: '赵敏', applicantIdNumber: '430302199001011239' }).expect(200);
    const erasure = (headers: { Authorization: string }, body: object) =>
      test.http.post(`/api/v1/approvals/${itemId}/personal-data-erasure`).set(headers).send(body);

    expect((await erasure(test.as('agent'), { reason: '申请删除' }).expect(403)).body.code).toBe('AUTH.ROLE_NOT_ALLOWED');
    await erasure(test.as('admin', 'root'), {}).expect(400);
    const erased = await erasure(test.as('admin', 'root'), { reason: '经办人依法申请删除' }).expect(200);

    for (const role of ['agent', 'admin', 'leader', 'auditor'] as const) {
      expect(await shownTo(itemId, role)).toMatchObject({ applicantName: ERASED, applicantIdNumber: ERASED });
    }
    expect(await shownTo(kept, 'agent')).toMatchObject({ applicantName: '赵敏', applicantIdNumber: '430302199001011239' });

    const events = await test.engines.store.readStream(`approval-${itemId}`);
    expect(events.map((event) => event.type)).toEqual(['ItemOpened', 'AgentAssigned', 'MaterialsTakenIn', 'ApplicantDataErased']);
    expect(events[3]).toMatchObject({
      data: { subject: `applicant-${itemId}`, fields: ['applicantName', 'applicantIdNumber'] },
      metadata: { actor: { id: 'root', role: 'admin' }, reason: '经办人依法申请删除' },
    });
    expect(verifyChain(`approval-${itemId}`, events)).toMatchObject({ valid: true, count: 4 });

    const again = await erasure(test.as('admin'), { reason: '重复申请' }).expect(200);
    expect(again.body.revision).toBe(erased.body.revision);
    const retaken = await intake(itemId, { applicantName: '张三丰', applicantIdNumber: '43038119880512001X' }).expect(409);
    expect(retaken.body.code).toBe('APPROVAL.MATERIALS_ALREADY_TAKEN_IN');
  });

  it('refuses to erase what was never taken in', async () => {
    const item = await project.find('environmental_impact');
    const refused = await test.http
      .post(`/api/v1/approvals/${item.id}/personal-data-erasure`)
      .set(test.as('admin'))
      .send({ reason: '申请删除' })
      .expect(409);
    expect(refused.body.code).toBe('APPROVAL.NO_APPLICANT_DATA');
  });
});
