import { randomUUID } from 'node:crypto';
import { createTestApp, fixedClock, type TestApp } from '@ia/testing';
import { ApprovalsModule } from './approvals.module';
import { receivedGrants, sign, signedProject, TestSigningModule } from './test-support/test-signing.module';

interface Item {
  id: string;
  status: string;
  item: { code: string };
  revision: number;
  grant?: { grantedOn: string; licenceNumber: string };
  clock: { state: string; dueOn?: string; overdue: boolean; usedDays: number };
}

describe('registration on signing (签约即注册) over HTTP', () => {
  let test: TestApp;
  const projectId = randomUUID();
  const agent = () => test.as('agent', 'agent-wang');
  const items = async (): Promise<Item[]> =>
    (await test.http.get(`/api/v1/projects/${projectId}/approvals`).set(test.as('leader')).expect(200)).body.items;
  const find = async (code: string) => {
    const found = (await items()).find((entry) => entry.item.code === code);
    if (!found) throw new Error(`no ${code}`);
    return found;
  };
  const step = (id: string, path: string, body: object) => test.http.post(`/api/v1/approvals/${id}/${path}`).set(agent()).send(body);

  beforeAll(async () => {
    test = await createTestApp([ApprovalsModule, TestSigningModule], { clock: fixedClock('2026-03-02T02:00:00Z') });
    await sign(test, signedProject(projectId, { approvalPackage: 'factory_lease' }));
  });
  afterAll(async () => {
    await test.close();
    test.remove();
  });

  it('opens registration due on the signing day and the chosen package', async () => {
    const opened = await items();
    expect(opened.map((entry) => entry.item.code).sort()).toEqual([
      'business_registration',
      'environmental_impact',
      'project_filing',
      'tax_registration',
    ]);
    const registration = await find('business_registration');
    expect(registration).toMatchObject({
      status: 'opened',
      origin: 'signing',
      packageCode: 'factory_lease',
      dueOn: '2026-03-02',
      clock: { state: 'running', dueOn: '2026-03-02', overdue: false },
    });
    expect((await find('project_filing')).clock.state).toBe('not_started');
  });

  it('refuses to grant tax registration before the business licence, and appends nothing', async () => {
    const tax = await find('tax_registration');
    await step(tax.id, 'assignment', { agentId: 'agent-wang' }).expect(200);
    await step(tax.id, 'intake', {
      receivedOn: '2026-03-02',
      formReference: '代办〔2026〕0302-2号',
      applicantName: '王建国',
      applicantIdNumber: '430381197502030020',
      materialCodes: ['application_form', 'business_licence', 'bank_account_proof'],
    }).expect(200);
    await step(tax.id, 'acceptance', { acceptedOn: '2026-03-02' }).expect(200);
    await step(tax.id, 'submission', { submittedOn: '2026-03-02', authority: '国家税务总局湘乡市税务局' }).expect(200);
    const head = await test.engines.store.headPosition();
    const refused = await step(tax.id, 'grant', { grantedOn: '2026-03-02', licenceNumber: '湘乡税登〔2026〕88号' }).expect(409);
    expect(refused.headers['content-type']).toContain('application/problem+json');
    expect(refused.body).toMatchObject({
      code: 'APPROVAL.PREREQUISITES_NOT_GRANTED',
      title: '前置审批事项尚未办结',
      prerequisites: ['business_registration'],
    });
    expect(await test.engines.store.headPosition()).toBe(head);
  });

  it('lets an agent complete both registrations, shown granted on the signing day', async () => {
    const business = await find('business_registration');
    await step(business.id, 'assignment', { agentId: 'agent-wang' }).expect(200);
    await step(business.id, 'intake', {
      receivedOn: '2026-03-02',
      formReference: '代办〔2026〕0302-1号',
      applicantName: '王建国',
      applicantIdNumber: '430381197502030020',
      materialCodes: ['application_form', 'legal_representative_id', 'articles_of_association', 'address_proof'],
    }).expect(200);
    await step(business.id, 'acceptance', { acceptedOn: '2026-03-02' }).expect(200);
    await step(business.id, 'submission', { submittedOn: '2026-03-02', authority: '湘乡市市场监督管理局' }).expect(200);
    const granted = await step(business.id, 'grant', { grantedOn: '2026-03-02', licenceNumber: '91430381MA4T8XYZ1K' }).expect(200);
    expect(granted.body).toEqual({ id: business.id, revision: 5 });
    expect(granted.headers['etag']).toBe('"5"');
    const tax = await find('tax_registration');
    await step(tax.id, 'grant', { grantedOn: '2026-03-02', licenceNumber: '湘乡税登〔2026〕88号' }).expect(200);

    for (const code of ['business_registration', 'tax_registration']) {
      expect(await find(code)).toMatchObject({
        status: 'granted',
        grant: { grantedOn: '2026-03-02' },
        clock: { state: 'stopped', dueOn: '2026-03-02', overdue: false, usedDays: 0 },
      });
    }
  });

  it('publishes each grant as ApprovalItemGranted for the other contexts', async () => {
    expect(await test.runtime.reactionsAt(await test.engines.store.headPosition())).toBe(true);
    const business = await find('business_registration');
    expect(receivedGrants).toEqual([
      {
        projectId,
        itemId: business.id,
        itemCode: 'business_registration',
        stage: 'on_signing',
        grantedOn: '2026-03-02',
        licenceNumber: '91430381MA4T8XYZ1K',
      },
      expect.objectContaining({ projectId, itemCode: 'tax_registration', grantedOn: '2026-03-02' }),
    ]);
  });

  it('opens only what the project lacks when it is signed again, with the default package', async () => {
    await sign(test, signedProject(projectId));
    const after = await items();
    expect(after).toHaveLength(14);
    expect(after.filter((entry) => entry.item.code === 'business_registration')).toHaveLength(1);
    expect(after.filter((entry) => entry.item.code === 'construction_permit')).toEqual([
      expect.objectContaining({ packageCode: 'standard_industrial', status: 'opened' }),
    ]);
  });
});
