import { createTestApp, fixedClock, type TestApp } from '@ia/testing';
import { LeadIntakeModule } from '../lead-intake.module';
import { leadBody, registerLead } from '../test-support/lead-requests';

describe('POST /api/v1/leads', () => {
  let test: TestApp;
  beforeAll(async () => {
    test = await createTestApp([LeadIntakeModule], { clock: fixedClock('2026-03-02T02:00:00Z') });
  });
  afterAll(async () => {
    await test.close();
    test.remove();
  });

  it('registers a lead: 201 with id, revision, Location and ETag, readable at once', async () => {
    const response = await test.http
      .post('/api/v1/leads')
      .set(test.as('promoter', 'alice'))
      .send(leadBody({ promoterId: 'alice' }))
      .expect(201);
    const { id } = response.body as { id: string };
    expect(response.body).toEqual({ id, revision: 1 });
    expect(response.headers['location']).toBe(`/api/v1/leads/${id}`);
    expect(response.headers['etag']).toBe('"1"');
    const lead = await test.http.get(`/api/v1/leads/${id}`).set(test.as('promoter')).expect(200);
    expect(lead.body).toMatchObject({
      id,
      companyName: '湖南星辰电气有限公司',
      uscc: '91430100MA4L12345A',
      promoterId: 'alice',
      status: 'open',
      registeredOn: '2026-03-02',
    });
    const events = await test.engines.store.readStream(`lead-${id}`);
    expect(events.map((event) => event.type)).toEqual(['LeadRegistered', 'PromoterAssigned']);
    expect(events[0]?.metadata).toMatchObject({ actor: { id: 'alice', role: 'promoter' }, leadId: id });
  });

  it('refuses the same USCC, typed in lower case, with the other lead’s id', async () => {
    const first = await registerLead(test, { companyName: '长沙远航机械有限公司', uscc: '91430100MA4L678907' });
    const before = await test.engines.store.headPosition();
    const response = await test.http
      .post('/api/v1/leads')
      .set(test.as('promoter'))
      .send(leadBody({ companyName: '另一家公司', uscc: '91430100ma4l678907' }))
      .expect(409);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.body).toMatchObject({ code: 'LEAD.DUPLICATE_USCC', title: '已有相同统一社会信用代码的线索', existingLeadId: first });
    expect(await test.engines.store.headPosition()).toBe(before);
  });

  it('refuses the same company name in another spelling: full width, spaces, legal form', async () => {
    const first = await registerLead(test, { companyName: '湘乡ＡＢＣ新材料有限公司', uscc: undefined });
    const response = await test.http
      .post('/api/v1/leads')
      .set(test.as('promoter'))
      .send(leadBody({ companyName: '湘乡 ABC 新材料有限责任公司', uscc: undefined }))
      .expect(409);
    expect(response.body).toMatchObject({ code: 'LEAD.DUPLICATE_NAME', existingLeadId: first });
  });

  it('lets only one of three simultaneous registrations of the same enterprise through', async () => {
    const body = leadBody({ companyName: '株洲同时科技有限公司', uscc: '91430300MA4T543213' });
    const responses = await Promise.all([1, 2, 3].map(() => test.http.post('/api/v1/leads').set(test.as('promoter')).send(body)));
    expect(responses.map((response) => response.status).sort()).toEqual([201, 409, 409]);
    const winner = responses.find((response) => response.status === 201)?.body.id as string;
    for (const refused of responses.filter((response) => response.status === 409)) {
      expect(refused.body).toMatchObject({ code: expect.stringMatching(/^LEAD\.DUPLICATE_(USCC|NAME)$/), existingLeadId: winner });
    }
  });

  it('returns the first result for a repeated Idempotency-Key instead of refusing a duplicate', async () => {
    const send = () =>
      test.http
        .post('/api/v1/leads')
        .set(test.as('promoter', 'bob'))
        .set('Idempotency-Key', 'lead-registration-0001')
        .send(leadBody({ companyName: '湘潭重试电机有限公司', uscc: undefined }));
    const first = await send().expect(201);
    const again = await send().expect(201);
    expect(again.body).toEqual(first.body);
  });

  it('refuses a park the promoter does not work for', async () => {
    const response = await test.http
      .post('/api/v1/leads')
      .set(test.as('promoter', 'carol', ['lanzhou-qinchuan']))
      .send(leadBody({ companyName: '外园区企业有限公司', uscc: undefined }))
      .expect(403);
    expect(response.body.code).toBe('AUTH.PARK_NOT_ALLOWED');
  });

  it('lets leaders and auditors read but not register', async () => {
    await test.http.post('/api/v1/leads').set(test.as('leader')).send(leadBody()).expect(403);
    await test.http.post('/api/v1/leads').set(test.as('auditor')).send(leadBody()).expect(403);
  });

  describe('refuses bad input with 400 problem+json and appends nothing', () => {
    const cases: Array<[string, Record<string, unknown>, string]> = [
      ['an unknown field', { favouriteColour: '红' }, 'favouriteColour'],
      ['a wrong type', { expectedJobs: '四百' }, 'expectedJobs'],
      ['a USCC failing its check character', { uscc: '91430100MA4L123456' }, 'uscc'],
      ['an amount in fractions of a yuan', { intendedInvestment: 300_000_000.5 }, 'intendedInvestment'],
      ['a negative amount', { expectedAnnualTax: -1 }, 'expectedAnnualTax'],
      ['a division outside its section', { industrySection: 'A' }, 'industryDivision'],
      ['a promotion event without its name', { sourceName: undefined }, 'sourceName'],
      ['an oversized company name', { companyName: '星'.repeat(201) }, 'companyName'],
      ['an oversized note', { notes: '备'.repeat(2001) }, 'notes'],
      ['a malformed phone number', { contactPhone: '138-1234' }, 'contactPhone'],
      ['land in thousandths of a mu', { landDemandMu: 10.125 }, 'landDemandMu'],
    ];
    it.each(cases)('%s', async (_name, changes, field) => {
      const before = await test.engines.store.headPosition();
      const response = await test.http.post('/api/v1/leads').set(test.as('promoter')).send(leadBody(changes)).expect(400);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(response.body.code).toBe('REQUEST.VALIDATION_FAILED');
      expect((response.body.errors as Array<{ field: string }>).map((error) => error.field)).toContain(field);
      expect(await test.engines.store.headPosition()).toBe(before);
    });

    it('missing required fields', async () => {
      const before = await test.engines.store.headPosition();
      const response = await test.http.post('/api/v1/leads').set(test.as('promoter')).send({ parkId: 'xiangxiang-edz' }).expect(400);
      const fields = (response.body.errors as Array<{ field: string }>).map((error) => error.field);
      expect(fields).toEqual(
        expect.arrayContaining([
          'companyName',
          'industrySection',
          'source',
          'contactPerson',
          'contactPhone',
          'intendedInvestment',
          'landDemandMu',
        ]),
      );
      expect(await test.engines.store.headPosition()).toBe(before);
    });
  });
});
