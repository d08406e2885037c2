import { randomUUID } from 'node:crypto';
import { createTestApp, fixedClock, type TestApp } from '@ia/testing';
import { ApprovalsModule } from './approvals.module';
import { signedProjectClient } from './test-support/project-client';
import { TestSigningModule } from './test-support/test-signing.module';

describe('the approvals edge refuses what it must, and changes nothing', () => {
  let test: TestApp;
  let project: Awaited<ReturnType<typeof signedProjectClient>>;
  const badRequest = async (
    call: () => Promise<{ status: number; body: { code: string; errors?: Array<{ field: string }> } }>,
    code: string,
    fields?: string[],
  ) => {
    const head = await test.engines.store.headPosition();
    const response = await call();
    expect({ status: response.status, code: response.body.code }).toEqual({ status: 400, code });
    if (fields) expect(response.body.errors?.map((error) => error.field).sort()).toEqual(fields);
    expect(await test.engines.store.headPosition()).toBe(head);
  };

  beforeAll(async () => {
    test = await createTestApp([ApprovalsModule, TestSigningModule], { clock: fixedClock('2026-03-05T02:00:00Z') });
    project = await signedProjectClient(test);
  });
  afterAll(async () => {
    await test.close();
    test.remove();
  });

  it('answers bad input with 400 problems and appends nothing', async () => {
    const business = await project.find('business_registration');
    const post = (path: string, body: object) => () =>
      test.http.post(`/api/v1/approvals/${business.id}/${path}`).set(test.as('agent')).send(body);
    await badRequest(post('supplies', { materialCode: 'address_proof', suppliedOn: '2026-02-30', extra: 1 }), 'REQUEST.VALIDATION_FAILED', [
      'extra',
      'suppliedOn',
    ]);
    await badRequest(post('submission', { submittedOn: 20260302, authority: 'x'.repeat(201) }), 'REQUEST.VALIDATION_FAILED', [
      'authority',
      'submittedOn',
    ]);
    await badRequest(
      post('acceptance-with-deficiencies', { acceptedOn: '2026-03-02', deficiencies: [{ materialCode: 'address_proof' }] }),
      'REQUEST.VALIDATION_FAILED',
      ['deficiencies.0.promisedOn'],
    );
    await badRequest(
      post('commitment-check', { checkedOn: '2026-03-05', kept: 'no', finding: '核查', consequence: 'fine' }),
      'REQUEST.VALIDATION_FAILED',
      ['consequence', 'kept'],
    );
    await badRequest(post('grant', { licenceNumber: '91430381MA4T8XYZ1K' }), 'REQUEST.VALIDATION_FAILED', ['grantedOn']);
    await badRequest(post('supplies', { materialCode: 'address_proof', suppliedOn: '2026-03-09' }), 'REQUEST.OCCURRED_IN_FUTURE');
    await badRequest(
      () => test.http.post('/api/v1/approvals/not-an-id/assignment').set(test.as('agent')).send({ agentId: 'agent-wang' }),
      'REQUEST.INVALID_ID',
    );
    await badRequest(() => test.http.get('/api/v1/approvals?filter=everything').set(test.as('agent')), 'REQUEST.VALIDATION_FAILED', [
      'filter',
    ]);
  });

  it('answers an unknown item with 404 and a role that may not act with 403', async () => {
    const missing = await test.http
      .post(`/api/v1/approvals/${randomUUID()}/assignment`)
      .set(test.as('agent'))
      .send({ agentId: 'agent-wang' })
      .expect(404);
    expect(missing.body.code).toBe('APPROVAL.NOT_FOUND');
    await test.http.get(`/api/v1/approvals/${randomUUID()}`).set(test.as('auditor')).expect(404);
    const business = await project.find('business_registration');
    const forbidden = await test.http
      .post(`/api/v1/approvals/${business.id}/assignment`)
      .set(test.as('leader'))
      .send({ agentId: 'agent-wang' })
      .expect(403);
    expect(forbidden.body.code).toBe('AUTH.ROLE_NOT_ALLOWED');
    await test.http.post(`/api/v1/approvals/${business.id}/waiver`).set(test.as('auditor')).send({ reason: '无' }).expect(403);
  });

  it('refuses a stale If-Match and replays a repeated Idempotency-Key', async () => {
    const tax = await project.find('tax_registration');
    const first = await test.http
      .post(`/api/v1/approvals/${tax.id}/assignment`)
      .set(test.as('agent'))
      .set('Idempotency-Key', 'assign-tax-0001')
      .send({ agentId: 'agent-li' })
      .expect(200);
    const again = await test.http
      .post(`/api/v1/approvals/${tax.id}/assignment`)
      .set(test.as('agent'))
      .set('Idempotency-Key', 'assign-tax-0001')
      .send({ agentId: 'agent-li' })
      .expect(200);
    expect(again.body).toEqual(first.body);
    const stale = await test.http
      .post(`/api/v1/approvals/${tax.id}/assignment`)
      .set(test.as('agent'))
      .set('If-Match', '"0"')
      .send({ agentId: 'agent-wang' })
      .expect(412);
    expect(stale.body).toMatchObject({ code: 'STREAM.REVISION_MISMATCH', currentRevision: 1 });
  });
});
