import { createTestApp, fixedClock, type TestApp } from '@ia/testing';
import { ApprovalsModule } from './approvals.module';
import { signedProjectClient } from './test-support/project-client';
import { TestSigningModule } from './test-support/test-signing.module';

describe('an approval item’s life over HTTP', () => {
  let test: TestApp;
  let project: Awaited<ReturnType<typeof signedProjectClient>>;
  const clock = fixedClock('2026-03-02T02:00:00Z');
  const refused = async (call: Promise<{ status: number; body: { code: string } }>, status: number, code: string) => {
    const head = await test.engines.store.headPosition();
    const response = await call;
    expect({ status: response.status, code: response.body.code }).toEqual({ status, code });
    expect(await test.engines.store.headPosition()).toBe(head);
  };

  beforeAll(async () => {
    test = await createTestApp([ApprovalsModule, TestSigningModule], { clock });
    project = await signedProjectClient(test);
    const registration = await project.find('business_registration');
    await test.http
      .post(`/api/v1/approvals/${registration.id}/waiver`)
      .set(test.as('admin'))
      .send({ reason: '企业已持有营业执照，变更住所即可' })
      .expect(200);
  });
  afterAll(async () => {
    await test.close();
    test.remove();
  });

  it('accepts the filing with a tolerated deficiency and refuses the licence until it arrives', async () => {
    const filing = await project.find('project_filing');
    await project.step(filing.id, 'assignment', { agentId: 'agent-wang' }).expect(200);
    await refused(project.step(filing.id, 'acceptance', { acceptedOn: '2026-03-02' }), 409, 'APPROVAL.MATERIALS_NOT_TAKEN_IN');
    await project.takeIn(filing.id, ['application_form', 'business_licence', 'project_summary'], '2026-03-02').expect(200);
    await refused(
      project.step(filing.id, 'acceptance-with-deficiencies', {
        acceptedOn: '2026-03-02',
        deficiencies: [{ materialCode: 'project_summary', promisedOn: '2026-03-04' }],
      }),
      409,
      'APPROVAL.CORE_MATERIAL_CANNOT_BE_DEFERRED',
    );
    await project
      .step(filing.id, 'acceptance-with-deficiencies', {
        acceptedOn: '2026-03-02',
        deficiencies: [{ materialCode: 'investment_agreement', promisedOn: '2026-03-04' }],
      })
      .expect(200);
    await project.step(filing.id, 'submission', { submittedOn: '2026-03-02', authority: '湘乡市发展和改革局' }).expect(200);
    await refused(
      project.step(filing.id, 'grant', {
        grantedOn: '2026-03-02',
        licenceNumber: '湘乡发改备〔2026〕12号',
        projectCode: '2026-430381-38-03-012345',
      }),
      409,
      'APPROVAL.DEFICIENCIES_OUTSTANDING',
    );
  });

  it('suspends the item once the promise is missed, stopping its clock', async () => {
    clock.set('2026-03-05T02:00:00Z');
    const filing = await project.find('project_filing');
    await refused(project.step(filing.id, 'suspension', { suspendedOn: '2026-03-04' }), 409, 'APPROVAL.NO_MISSED_PROMISE');
    await project.step(filing.id, 'suspension', { suspendedOn: '2026-03-05' }).expect(200);
    clock.set('2026-03-06T02:00:00Z');
    expect((await project.read(filing.id)).clock).toMatchObject({
      state: 'paused',
      dueOn: '2026-03-03',
      pausedDays: 1,
      overdue: true,
      overdueDays: 3,
    });
  });

  it('resumes it on a supply within 15 working days, then grants the filing with its national project code', async () => {
    const filing = await project.find('project_filing');
    await project.step(filing.id, 'supplies', { materialCode: 'investment_agreement', suppliedOn: '2026-03-06' }).expect(200);
    expect(await project.read(filing.id)).toMatchObject({
      suspensions: [{ suspendedOn: '2026-03-05', resumedOn: '2026-03-06', supplyBy: '2026-03-25' }],
      clock: { state: 'running', pausedDays: 1 },
    });
    await refused(
      project.step(filing.id, 'grant', {
        grantedOn: '2026-03-06',
        licenceNumber: '湘乡发改备〔2026〕12号',
        projectCode: '2026-430381-38-03-12345',
      }),
      409,
      'APPROVAL.INVALID_PROJECT_CODE',
    );
    await refused(
      project.step(filing.id, 'grant', { grantedOn: '2026-03-06', licenceNumber: '湘乡发改备〔2026〕12号' }),
      409,
      'APPROVAL.PROJECT_CODE_REQUIRED',
    );
    await project
      .step(filing.id, 'grant', {
        grantedOn: '2026-03-06',
        licenceNumber: '湘乡发改备〔2026〕12号',
        projectCode: '2026-430381-38-03-012345',
      })
      .expect(200);
    expect(await project.read(filing.id)).toMatchObject({
      status: 'granted',
      grant: { grantedOn: '2026-03-06', projectCode: '2026-430381-38-03-012345' },
      clock: { state: 'stopped', overdue: true },
    });
  });

  it('returns the file when the missed materials are not supplied within 15 working days', async () => {
    const assessment = await project.find('environmental_impact');
    await project.step(assessment.id, 'assignment', { agentId: 'agent-wang' }).expect(200);
    await project.takeIn(assessment.id, ['application_form', 'eia_report'], '2026-03-06').expect(200);
    await project
      .step(assessment.id, 'acceptance-with-deficiencies', {
        acceptedOn: '2026-03-06',
        deficiencies: [{ materialCode: 'public_participation', promisedOn: '2026-03-06' }],
      })
      .expect(200);
    clock.set('2026-03-30T02:00:00Z');
    await project.step(assessment.id, 'suspension', { suspendedOn: '2026-03-09' }).expect(200);
    await refused(project.step(assessment.id, 'file-return', { returnedOn: '2026-03-27' }), 409, 'APPROVAL.SUPPLY_WINDOW_OPEN');
    await project.step(assessment.id, 'file-return', { returnedOn: '2026-03-30' }).expect(200);
    expect(await project.read(assessment.id)).toMatchObject({ status: 'returned', closedOn: '2026-03-30', clock: { state: 'stopped' } });
  });

  it('records a broken commitment with its consequence, and the project loses the commitment route', async () => {
    const energy = await project.find('energy_review');
    await project.step(energy.id, 'assignment', { agentId: 'agent-li' }).expect(200);
    await project.takeIn(energy.id, ['application_form', 'energy_report'], '2026-03-30').expect(200);
    await project
      .step(energy.id, 'acceptance-under-commitment', {
        acceptedOn: '2026-03-30',
        promise: '承诺年综合能耗不超过5000吨标准煤',
        checkOn: '2026-03-30',
      })
      .expect(200);
    await refused(
      project.step(energy.id, 'commitment-check', { checkedOn: '2026-03-30', kept: false, finding: '实测能耗超出承诺' }),
      409,
      'APPROVAL.CONSEQUENCE_REQUIRED',
    );
    await project
      .step(energy.id, 'commitment-check', {
        checkedOn: '2026-03-30',
        kept: false,
        finding: '实测能耗超出承诺',
        consequence: 'order_to_fix',
      })
      .expect(200);
    expect(await project.read(energy.id)).toMatchObject({
      status: 'accepted',
      commitment: { outcome: 'broken', consequence: 'order_to_fix' },
    });

    const planning = await project.find('engineering_planning_permit');
    await project.step(planning.id, 'assignment', { agentId: 'agent-li' }).expect(200);
    await project.takeIn(planning.id, ['application_form', 'site_plan'], '2026-03-30').expect(200);
    await refused(
      project.step(planning.id, 'acceptance-under-commitment', {
        acceptedOn: '2026-03-30',
        promise: '承诺按规划条件建设',
        checkOn: '2026-06-30',
      }),
      409,
      'APPROVAL.COMMITMENT_ROUTE_LOST',
    );
  });

  it('returns a file for correction and takes it again', async () => {
    const pre = await project.find('land_pre_examination');
    await project.step(pre.id, 'assignment', { agentId: 'agent-wang' }).expect(200);
    await project.takeIn(pre.id, ['application_form', 'site_survey', 'site_photos'], '2026-03-30').expect(200);
    await project.step(pre.id, 'acceptance', { acceptedOn: '2026-03-30' }).expect(200);
    await project.step(pre.id, 'submission', { submittedOn: '2026-03-30', authority: '湘乡市自然资源局' }).expect(200);
    await project.step(pre.id, 'correction-request', { on: '2026-03-30', reason: '勘测定界图缺少坐标' }).expect(200);
    await project.step(pre.id, 'submission', { submittedOn: '2026-03-30', authority: '湘乡市自然资源局' }).expect(200);
    await project.step(pre.id, 'rejection', { on: '2026-03-30', reason: '选址与国土空间规划不符' }).expect(200);
    expect(await project.read(pre.id)).toMatchObject({
      status: 'rejected',
      closingReason: '选址与国土空间规划不符',
      corrections: [{ returnedOn: '2026-03-30', reason: '勘测定界图缺少坐标' }],
    });
    await refused(
      project.step(pre.id, 'submission', { submittedOn: '2026-03-30', authority: '湘乡市自然资源局' }),
      409,
      'APPROVAL.ITEM_CLOSED',
    );
  });
});
