import { randomUUID } from 'node:crypto';
import { createTestApp, fixedClock, type TestApp } from '@ia/testing';
import { ApprovalsModule } from './approvals.module';
import { signedProjectClient, type ItemBody } from './test-support/project-client';
import { TestSigningModule } from './test-support/test-signing.module';

describe('queues, warnings and the project’s plan over HTTP', () => {
  let test: TestApp;
  let project: Awaited<ReturnType<typeof signedProjectClient>>;
  const clock = fixedClock('2026-03-02T02:00:00Z');
  const queue = async (query: string, user = 'agent-wang'): Promise<string[]> =>
    ((await test.http.get(`/api/v1/approvals${query}`).set(test.as('agent', user)).expect(200)).body.items as ItemBody[]).map(
      (item) => item.item.code,
    );

  beforeAll(async () => {
    test = await createTestApp([ApprovalsModule, TestSigningModule], { clock });
    project = await signedProjectClient(test);
    const business = await project.find('business_registration');
    await project.step(business.id, 'assignment', { agentId: 'agent-wang' }).expect(200);
    await project.takeIn(business.id, ['application_form', 'legal_representative_id', 'articles_of_association'], '2026-03-02').expect(200);
    await project
      .step(business.id, 'acceptance-with-deficiencies', {
        acceptedOn: '2026-03-02',
        deficiencies: [{ materialCode: 'address_proof', promisedOn: '2026-03-03' }],
      })
      .expect(200);
    await project.step(business.id, 'submission', { submittedOn: '2026-03-02', authority: '湘乡市市场监督管理局' }).expect(200);
  });
  afterAll(async () => {
    await test.close();
    test.remove();
  });

  it('gives an agent their queue: mine, due soon, waiting for materials, waiting for the authority', async () => {
    expect(await queue('?mine=true')).toEqual(['business_registration']);
    expect(await queue('?mine=true&filter=due_soon')).toEqual(['business_registration']);
    expect(await queue('?mine=true&filter=waiting_for_authority')).toEqual(['business_registration']);
    expect(await queue('?mine=true&filter=waiting_for_materials')).toEqual(['business_registration']);
    expect(await queue('?mine=true', 'agent-li')).toEqual([]);
    expect(await queue('?filter=waiting_for_materials')).toHaveLength(14);
    expect(await queue('?filter=overdue')).toEqual([]);
  });

  it('shows overdue items and broken promises on the board by agent and stage', async () => {
    clock.set('2026-03-05T02:00:00Z');
    expect(await queue('?filter=overdue')).toEqual(['business_registration', 'tax_registration']);
    const board = (await test.http.get('/api/v1/approvals/board').set(test.as('leader')).expect(200)).body;
    const business = await project.find('business_registration');
    expect(board.asOf).toBe('2026-03-05');
    expect(board.overdue).toEqual([
      {
        agentId: null,
        stage: 'on_signing',
        count: 1,
        entries: [expect.objectContaining({ itemCode: 'tax_registration', dueOn: '2026-03-02', overdueDays: 3 })],
      },
      {
        agentId: 'agent-wang',
        stage: 'on_signing',
        count: 1,
        entries: [
          {
            itemId: business.id,
            projectId: project.projectId,
            parkId: 'xiangxiang-edz',
            itemCode: 'business_registration',
            name: '工商注册（营业执照）',
            dueOn: '2026-03-02',
            overdueDays: 3,
            provisional: false,
          },
        ],
      },
    ]);
    expect(board.brokenPromises).toEqual([
      {
        agentId: 'agent-wang',
        stage: 'on_signing',
        count: 1,
        entries: [
          {
            kind: 'deficiency',
            itemId: business.id,
            projectId: project.projectId,
            parkId: 'xiangxiang-edz',
            itemCode: 'business_registration',
            materialCode: 'address_proof',
            promisedOn: '2026-03-03',
          },
        ],
      },
    ]);
  });

  it('adds an item to the plan with a reason, and refuses a duplicate or an unknown project', async () => {
    clock.set('2026-03-05T02:00:00Z');
    const energy = await project.find('energy_review');
    await test.http
      .post(`/api/v1/approvals/${energy.id}/waiver`)
      .set(test.as('agent'))
      .send({ reason: '年综合能耗低于1000吨标准煤，免于节能审查' })
      .expect(200);
    const added = await test.http
      .post(`/api/v1/projects/${project.projectId}/approvals`)
      .set(test.as('agent'))
      .send({ itemCode: 'energy_review', reason: '扩产后能耗超标，须补办节能审查' })
      .expect(201);
    expect(added.headers['location']).toBe(`/api/v1/approvals/${added.body.id}`);
    expect(added.body).toEqual({ id: added.body.id, revision: 0 });
    expect(await project.read(added.body.id)).toMatchObject({
      status: 'opened',
      origin: 'added',
      openedOn: '2026-03-05',
      projectId: project.projectId,
    });
    const events = await test.engines.store.readStream(`approval-${added.body.id}`);
    expect(events[0]?.metadata).toMatchObject({
      projectId: project.projectId,
      reason: '扩产后能耗超标，须补办节能审查',
      actor: { role: 'agent' },
    });
    const duplicate = await test.http
      .post(`/api/v1/projects/${project.projectId}/approvals`)
      .set(test.as('agent'))
      .send({ itemCode: 'energy_review', reason: '重复' })
      .expect(409);
    expect(duplicate.body.code).toBe('APPROVAL.ALREADY_PLANNED');
    const unknown = await test.http
      .post(`/api/v1/projects/${randomUUID()}/approvals`)
      .set(test.as('agent'))
      .send({ itemCode: 'energy_review', reason: '无' })
      .expect(404);
    expect(unknown.body.code).toBe('PROJECT.NOT_FOUND');
  });
});
