import { createTestApp, type TestApp } from '@ia/testing';
import { LeadIntakeModule } from '../lead-intake.module';
import { POLICY_BODY } from '../test-support/lead-requests';

describe('park policy over HTTP', () => {
  let test: TestApp;
  beforeAll(async () => {
    test = await createTestApp([LeadIntakeModule]);
  });
  afterAll(async () => {
    await test.close();
    test.remove();
  });
  const put = (body: unknown, role: 'admin' | 'promoter' = 'admin', park = 'yuanqu-edz') =>
    test.http
      .put(`/api/v1/park-policies/${park}`)
      .set(test.as(role, 'admin-1'))
      .send(body as object);

  it('is set by an administrator as versions, and read by every reading role', async () => {
    expect((await put(POLICY_BODY).expect(200)).body).toEqual({ id: 'yuanqu-edz', revision: 0 });
    const second = await put({ ...POLICY_BODY, minimumJobs: 50 }).expect(200);
    expect(second.headers['etag']).toBe('"1"');
    for (const role of ['promoter', 'admin', 'leader', 'auditor'] as const) {
      const policy = await test.http.get('/api/v1/park-policies/yuanqu-edz').set(test.as(role)).expect(200);
      expect(policy.body).toMatchObject({
        parkId: 'yuanqu-edz',
        version: 2,
        setBy: 'admin-1',
        rules: {
          minimumJobs: 50,
          wantedIndustries: [
            { section: 'C', division: '38' },
            { section: 'C', division: '35' },
          ],
        },
      });
    }
  });

  it('records nothing when the same rules are set again', async () => {
    await put(POLICY_BODY, 'admin', 'same-park').expect(200);
    const before = await test.engines.store.headPosition();
    expect((await put(POLICY_BODY, 'admin', 'same-park').expect(200)).body.revision).toBe(0);
    expect(await test.engines.store.headPosition()).toBe(before);
  });

  it('refuses promoters, and answers 404 for a park without a policy', async () => {
    expect((await put(POLICY_BODY, 'promoter').expect(403)).body.code).toBe('AUTH.ROLE_NOT_ALLOWED');
    expect((await test.http.get('/api/v1/park-policies/nowhere').set(test.as('leader')).expect(404)).body.code).toBe('POLICY.NOT_FOUND');
  });

  it('refuses an industry both wanted and excluded with 409', async () => {
    const response = await put({ ...POLICY_BODY, excludedIndustries: ['C38'] }, 'admin', 'conflicted-park').expect(409);
    expect(response.body).toMatchObject({ code: 'POLICY.WANTED_AND_EXCLUDED', title: '行业不能既鼓励又排除' });
  });

  it('refuses bad input with 400 and appends nothing', async () => {
    const before = await test.engines.store.headPosition();
    for (const body of [
      { ...POLICY_BODY, minimumTaxPerMu: 8.5 },
      { ...POLICY_BODY, minimumJobs: -1 },
      { ...POLICY_BODY, wantedIndustries: ['A38'] },
      { ...POLICY_BODY, wantedIndustries: 'C38' },
      { ...POLICY_BODY, excludedIndustries: Array(101).fill('C25') },
      { ...POLICY_BODY, maximumPollution: 1 },
      { wantedIndustries: [] },
    ]) {
      expect((await put(body).expect(400)).body.code).toBe('REQUEST.VALIDATION_FAILED');
    }
    expect((await put(POLICY_BODY, 'admin', 'bad park!').expect(400)).body.code).toBe('REQUEST.INVALID_PARK_ID');
    expect(await test.engines.store.headPosition()).toBe(before);
  });

  it('documents every lead-intake route in OpenAPI with Chinese examples', async () => {
    const document = (await test.http.get('/docs-json').expect(200)).body;
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/leads',
        '/api/v1/leads/funnel',
        '/api/v1/leads/{id}',
        '/api/v1/leads/{id}/assignment',
        '/api/v1/leads/{id}/follow-ups',
        '/api/v1/leads/{id}/site-visits',
        '/api/v1/leads/{id}/screenings',
        '/api/v1/leads/{id}/hold',
        '/api/v1/leads/{id}/drop',
        '/api/v1/leads/{id}/reopen',
        '/api/v1/park-policies/{parkId}',
      ]),
    );
    expect(document.components.schemas.RegisterLeadBody.properties.companyName.example).toBe('湖南星辰电气有限公司');
    expect(document.components.schemas.RegisterLeadBody.properties.uscc.example).toBe('91430100MA4L12345A');
    expect(document.paths['/api/v1/leads/{id}'].get.responses['200'].content['application/json'].schema.example.timeline[0].title).toBe(
      '登记线索',
    );
  });
});
