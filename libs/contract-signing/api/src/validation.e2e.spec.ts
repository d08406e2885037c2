import type { TestApp } from '@ia/testing';
import { qualifyLead } from './test-support/lead-intake.fake';
import { COMMITMENTS, draft, draftBody, startContractSigning } from './test-support/requests';

describe('bad input is refused with 400 problem+json and appends nothing', () => {
  let test: TestApp;
  let leadId: string;
  let agreementId: string;
  beforeAll(async () => {
    test = await startContractSigning();
    leadId = await qualifyLead(test);
    agreementId = await draft(test, leadId);
  });
  afterAll(async () => {
    await test.close();
    test.remove();
  });

  async function refused(method: 'post' | 'patch' | 'put', path: string, body: unknown, fields: string[]) {
    const before = await test.engines.store.headPosition();
    const response = await test.http[method](path)
      .set(test.as('admin'))
      .send(body as object)
      .expect(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.body.code).toBe('REQUEST.VALIDATION_FAILED');
    expect((response.body.errors as Array<{ field: string }>).map((error) => error.field).sort()).toEqual(fields.sort());
    expect(await test.engines.store.headPosition()).toBe(before);
  }

  const commitments = (changes: Record<string, unknown>) => ({ ...COMMITMENTS, ...changes });

  it('refuses unknown fields, wrong types and missing fields in a draft', async () => {
    await refused('post', '/api/v1/agreements', { ...draftBody(leadId), discount: 10 }, ['discount']);
    await refused('post', '/api/v1/agreements', draftBody(leadId, { projectName: 42 }), ['projectName']);
    const { commitments: _left, ...withoutCommitments } = draftBody(leadId);
    await refused('post', '/api/v1/agreements', withoutCommitments, ['commitments']);
    await refused('post', '/api/v1/agreements', draftBody(leadId, { parties: { parkSignatory: '王主任' } }), [
      'parties.enterpriseSignatory',
    ]);
    await refused('post', '/api/v1/agreements', draftBody('not-a-lead'), ['leadId']);
  });

  it('refuses amounts as floats, negative or as strings', async () => {
    await refused('post', '/api/v1/agreements', draftBody(leadId, { commitments: commitments({ totalInvestment: 1.5 }) }), [
      'commitments.totalInvestment',
    ]);
    await refused('post', '/api/v1/agreements', draftBody(leadId, { commitments: commitments({ fixedAssetInvestment: -1 }) }), [
      'commitments.fixedAssetInvestment',
    ]);
    await refused('post', '/api/v1/agreements', draftBody(leadId, { commitments: commitments({ jobs: '200' }) }), ['commitments.jobs']);
    await refused('post', '/api/v1/agreements', draftBody(leadId, { commitments: commitments({ landAreaSquareMetres: 1.234 }) }), [
      'commitments.landAreaSquareMetres',
    ]);
    await refused(
      'post',
      '/api/v1/agreements',
      draftBody(leadId, { incentives: [{ code: 'three-free-two-half', factoryAreaSquareMetres: -5 }] }),
      ['incentives.0.factoryAreaSquareMetres'],
    );
  });

  it('refuses oversized strings and lists, and null for an optional field', async () => {
    await refused('post', '/api/v1/agreements', draftBody(leadId, { projectName: '项'.repeat(201) }), ['projectName']);
    await refused('post', '/api/v1/agreements', draftBody(leadId, { commitments: commitments({ parcelCode: 'X'.repeat(65) }) }), [
      'commitments.parcelCode',
    ]);
    await refused(
      'post',
      '/api/v1/agreements',
      draftBody(leadId, { incentives: Array.from({ length: 21 }, () => ({ code: 'free-premises' })) }),
      ['incentives'],
    );
    await refused('post', '/api/v1/agreements', draftBody(leadId, { approvalPackage: null }), ['approvalPackage']);
  });

  it('refuses invalid dates when signing, supplementing and terminating', async () => {
    await refused('post', `/api/v1/agreements/${agreementId}/sign`, { signedOn: '2026-02-30' }, ['signedOn']);
    await refused('post', `/api/v1/agreements/${agreementId}/sign`, { signedOn: '2026/03/02' }, ['signedOn']);
    await refused('post', `/api/v1/agreements/${agreementId}/sign`, {}, ['signedOn']);
    await refused('post', `/api/v1/agreements/${agreementId}/sign`, { signedOn: '2026-03-02', witness: '张三' }, ['witness']);
    await refused(
      'post',
      `/api/v1/agreements/${agreementId}/supplements`,
      { signedOn: '2026-13-01', summary: '增资', commitments: COMMITMENTS },
      ['signedOn'],
    );
    await refused(
      'post',
      `/api/v1/agreements/${agreementId}/supplements`,
      { signedOn: '2026-03-02', summary: '', commitments: commitments({ taxPerMu: 0.5 }) },
      ['summary', 'commitments.taxPerMu'],
    );
    await refused('post', `/api/v1/agreements/${agreementId}/terminate`, { terminatedOn: '2025-02-29', reason: '理由'.repeat(1001) }, [
      'terminatedOn',
      'reason',
    ]);
  });

  it('refuses bad amendments', async () => {
    await refused('patch', `/api/v1/agreements/${agreementId}`, { projectName: '' }, ['projectName']);
    await refused('patch', `/api/v1/agreements/${agreementId}`, { commitments: commitments({ monthsToProduction: 241 }) }, [
      'commitments.monthsToProduction',
    ]);
    await refused('patch', `/api/v1/agreements/${agreementId}`, { status: 'signed' }, ['status']);
  });

  it('refuses malformed ids and query parameters', async () => {
    const response = await test.http.get('/api/v1/agreements/not-a-uuid').set(test.as('leader')).expect(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    const status = await test.http.get('/api/v1/agreements?status=archived').set(test.as('leader')).expect(400);
    expect(status.body.errors).toEqual([{ field: 'status', messages: [expect.stringContaining('status')] }]);
    await test.http.get('/api/v1/agreements?state=draft').set(test.as('leader')).expect(400);
  });

  it('refuses bad catalog definitions', async () => {
    const catalog = '/api/v1/parks/park-east/incentive-catalog';
    await refused(
      'put',
      `${catalog}/investment-rewards/big-reward`,
      { name: '奖励', rateBasisPoints: 2.5, threshold: -1, cap: 5_000_000 },
      ['rateBasisPoints', 'threshold'],
    );
    await refused(
      'put',
      `${catalog}/rent-waivers/two-free`,
      { name: '两免', rentPerSquareMetrePerYear: 120, periods: [{ fromYear: 1, toYear: 2, waivedPercent: 101 }] },
      ['periods.0.waivedPercent'],
    );
    await refused('put', `${catalog}/free-premises/free`, { name: '免费', premises: ['office', 'canteen'], years: 3 }, ['premises']);
    await refused('put', `${catalog}/free-premises/${'x'.repeat(65)}`, { name: '免费', premises: ['office'], years: 3 }, ['code']);
  });
});
