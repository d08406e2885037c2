import { createTestApp, fixedClock, type TestApp } from '@ia/testing';
import { LandDeliveryModule } from './land-delivery.module';
import { indicators, parcel } from './test-support/fixtures';
import { UpstreamModule } from './test-support/upstream.module';

describe('parcels over HTTP', () => {
  let test: TestApp;
  beforeAll(async () => {
    test = await createTestApp([LandDeliveryModule, UpstreamModule], { clock: fixedClock('2026-03-02T02:00:00Z') });
  });
  afterAll(async () => {
    await test.close();
    test.remove();
  });

  const register = async (code: string) => {
    const response = await test.http.post('/api/v1/parcels').set(test.as('admin', 'wang')).send(parcel(code)).expect(201);
    return response.body.id as string;
  };

  it('registers a parcel and shows its area in mu', async () => {
    const response = await test.http.post('/api/v1/parcels').set(test.as('admin')).send(parcel('XX-2026-01')).expect(201);
    expect(response.headers['location']).toBe(`/api/v1/parcels/${response.body.id}`);
    expect(response.headers['etag']).toBe('"0"');
    const read = await test.http.get(`/api/v1/parcels/${response.body.id}`).set(test.as('auditor')).expect(200);
    expect(read.body).toMatchObject({ code: 'XX-2026-01', areaMu: 50, siteReady: false, status: 'available', indicators });
    const listed = await test.http.get('/api/v1/parcels?parkId=park-xiangxiang&status=available').set(test.as('promoter')).expect(200);
    expect(listed.body.items.map((item: { code: string }) => item.code)).toContain('XX-2026-01');
  });

  it.each([
    ['an unknown field', { ...parcel('A-1'), price: 1 }],
    ['a fractional amount', { ...parcel('A-2'), indicators: { ...indicators, minimumTaxPerMu: 1.5 } }],
    ['a negative amount', { ...parcel('A-3'), indicators: { ...indicators, minimumInvestmentPerMu: -1 } }],
    ['a missing field', { ...parcel('A-4'), readiness: undefined }],
    ['an oversized string', { ...parcel('A-5'), location: '路'.repeat(201) }],
    ['a wrong type', { ...parcel('A-6'), areaSquareMetres: '五十亩' }],
  ])('refuses %s with 400 and appends nothing', async (_case, body) => {
    const before = await test.engines.store.headPosition();
    const response = await test.http.post('/api/v1/parcels').set(test.as('admin')).send(body).expect(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.body.code).toBe('REQUEST.VALIDATION_FAILED');
    expect(await test.engines.store.headPosition()).toBe(before);
  });

  it('lets only administrators manage parcels and refuses a code used in the park', async () => {
    await test.http.post('/api/v1/parcels').set(test.as('promoter')).send(parcel('B-1')).expect(403);
    await register('B-1');
    const taken = await test.http.post('/api/v1/parcels').set(test.as('admin')).send(parcel('B-1')).expect(409);
    expect(taken.body.code).toBe('LAND.PARCEL_CODE_TAKEN');
  });
});
