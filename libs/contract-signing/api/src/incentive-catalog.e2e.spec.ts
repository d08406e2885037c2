import type { TestApp } from '@ia/testing';
import { qualifyLead } from './test-support/lead-intake.fake';
import { draft, draftBody, startContractSigning } from './test-support/requests';

describe('the incentive catalog over HTTP', () => {
  let test: TestApp;
  beforeAll(async () => {
    test = await startContractSigning();
  });
  afterAll(async () => {
    await test.close();
    test.remove();
  });
  const catalog = (parkId: string) => `/api/v1/parks/${parkId}/incentive-catalog`;

  it('offers the three default incentives to a park that never configured its own', async () => {
    const response = await test.http.get(catalog('park-north')).set(test.as('promoter')).expect(200);
    expect(response.body).toMatchObject({ parkId: 'park-north', configured: false });
    expect(response.body.incentives).toEqual([
      expect.objectContaining({
        kind: 'rent_waiver',
        code: 'three-free-two-half',
        periods: [
          { fromYear: 1, toYear: 3, waivedPercent: 100 },
          { fromYear: 4, toYear: 5, waivedPercent: 50 },
        ],
      }),
      expect.objectContaining({
        kind: 'investment_reward',
        code: 'fixed-asset-reward',
        rateBasisPoints: 500,
        threshold: 5_000_000,
        cap: 5_000_000,
      }),
      expect.objectContaining({ kind: 'free_premises', code: 'free-premises', premises: ['office', 'apartment', 'parking'], years: 3 }),
    ]);
  });

  it('lets an administrator set the park’s own terms, which new drafts are figured on', async () => {
    const rent = await test.http
      .put(`${catalog('park-east')}/rent-waivers/three-free-two-half`)
      .set(test.as('admin'))
      .send({
        name: '标准厂房租金三免两减半',
        rentPerSquareMetrePerYear: 120,
        periods: [
          { fromYear: 1, toYear: 3, waivedPercent: 100 },
          { fromYear: 4, toYear: 5, waivedPercent: 50 },
        ],
      })
      .expect(200);
    expect(rent.body).toEqual({ parkId: 'park-east', code: 'three-free-two-half', revision: 1 });
    expect(rent.headers['etag']).toBe('"1"');
    await test.http
      .put(`${catalog('park-east')}/investment-rewards/fixed-asset-reward`)
      .set(test.as('admin'))
      .send({ name: '固定资产投资奖励', rateBasisPoints: 300, threshold: 10_000_000, cap: 1_000_000 })
      .expect(200);
    await test.http
      .put(`${catalog('park-east')}/free-premises/talent-apartment`)
      .set(test.as('admin'))
      .send({ name: '人才公寓免租', premises: ['apartment'], years: 5 })
      .expect(200);
    const shown = await test.http.get(catalog('park-east')).set(test.as('auditor')).expect(200);
    expect(shown.body.configured).toBe(true);
    expect(shown.body.incentives.map((incentive: { code: string }) => incentive.code)).toEqual([
      'three-free-two-half',
      'fixed-asset-reward',
      'free-premises',
      'talent-apartment',
    ]);

    const id = await draft(test, await qualifyLead(test), {
      incentives: [
        { code: 'three-free-two-half', factoryAreaSquareMetres: 5_000 },
        { code: 'fixed-asset-reward' },
        { code: 'talent-apartment' },
      ],
    });
    const agreement = await test.http.get(`/api/v1/agreements/${id}`).set(test.as('promoter')).expect(200);
    expect(agreement.body.incentives.map((incentive: { figures: unknown }) => incentive.figures)).toEqual([
      expect.objectContaining({ annualRent: 600_000, totalWaived: 2_400_000 }),
      { kind: 'investment_reward', fixedAssetInvestment: 80_000_000, reward: 1_000_000 },
      { kind: 'free_premises', premises: ['apartment'], years: 5 },
    ]);
  });

  it('retires an incentive, so that new drafts may no longer choose it', async () => {
    const response = await test.http
      .delete(`${catalog('park-south')}/free-premises`)
      .set(test.as('admin'))
      .expect(200);
    expect(response.body).toEqual({ parkId: 'park-south', code: 'free-premises', revision: 1 });
    const events = await test.engines.store.readStream('incentivecatalog-park-south');
    expect(events.map((event) => event.type)).toEqual(['IncentiveCatalogSeeded', 'IncentiveRetired']);
    const leadId = await qualifyLead(test, { parkId: 'park-south' });
    const refused = await test.http.post('/api/v1/agreements').set(test.as('promoter')).send(draftBody(leadId)).expect(409);
    expect(refused.body.code).toBe('AGREEMENT.INCENTIVE_NOT_IN_CATALOG');
  });

  it('answers 404 for retiring what the catalog does not hold, and 409 for waiver years with a gap', async () => {
    const missing = await test.http
      .delete(`${catalog('park-east')}/golden-handshake`)
      .set(test.as('admin'))
      .expect(404);
    expect(missing.body).toMatchObject({ code: 'INCENTIVE.NOT_FOUND', incentiveCode: 'golden-handshake' });
    const gap = await test.http
      .put(`${catalog('park-east')}/rent-waivers/gap`)
      .set(test.as('admin'))
      .send({
        name: '有缺口',
        rentPerSquareMetrePerYear: 120,
        periods: [
          { fromYear: 1, toYear: 2, waivedPercent: 100 },
          { fromYear: 4, toYear: 5, waivedPercent: 50 },
        ],
      })
      .expect(409);
    expect(gap.body.code).toBe('CATALOG.INVALID_PERIODS');
  });

  it('lets only administrators, of their own parks, edit the catalog', async () => {
    const body = { name: '人才公寓免租', premises: ['apartment'], years: 5 };
    for (const role of ['promoter', 'leader', 'auditor', 'agent'] as const) {
      await test.http
        .put(`${catalog('park-east')}/free-premises/flat`)
        .set(test.as(role))
        .send(body)
        .expect(403);
    }
    const foreign = await test.http
      .put(`${catalog('park-east')}/free-premises/flat`)
      .set(test.as('admin', 'dave', ['park-west']))
      .send(body)
      .expect(403);
    expect(foreign.body.code).toBe('AUTH.PARK_NOT_ALLOWED');
  });

  it('documents every endpoint with Chinese summaries and examples', async () => {
    const document = (await test.http.get('/docs-json').expect(200)).body;
    const paths = Object.keys(document.paths);
    expect(paths).toEqual(
      expect.arrayContaining([
        '/api/v1/agreements',
        '/api/v1/agreements/{id}',
        '/api/v1/agreements/{id}/sign',
        '/api/v1/agreements/{id}/supplements',
        '/api/v1/agreements/{id}/terminate',
        '/api/v1/projects',
        '/api/v1/qualified-leads',
        '/api/v1/parks/{parkId}/incentive-catalog',
        '/api/v1/parks/{parkId}/incentive-catalog/rent-waivers/{code}',
        '/api/v1/parks/{parkId}/incentive-catalog/investment-rewards/{code}',
        '/api/v1/parks/{parkId}/incentive-catalog/free-premises/{code}',
        '/api/v1/parks/{parkId}/incentive-catalog/{code}',
      ]),
    );
    const operations = paths
      .filter((path) => path.startsWith('/api/v1/') && !path.includes('operations'))
      .flatMap((path) => Object.values<{ summary: string }>(document.paths[path]));
    for (const operation of operations) expect(operation.summary).toMatch(/[\u4e00-\u9fff]/);
    const draftExample = document.paths['/api/v1/agreements'].post.requestBody.content['application/json'].examples['智能装备项目'].value;
    expect(draftExample.projectName).toBe('年产5万台智能装备产业园项目');
  });
});
