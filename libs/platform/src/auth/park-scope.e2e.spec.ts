import { createTestApp, type TestApp } from '@ia/testing';
import { ParksModule } from '../test-support/parks.module';
import { signToken } from './tokens';

describe('park scope, decided by the guard', () => {
  let test: TestApp;
  const east = () => test.as('leader', 'leader-east', ['east-park']);
  beforeAll(async () => {
    test = await createTestApp([ParksModule]);
  });
  afterAll(async () => {
    await test.close();
    test.remove();
  });

  it('lets a holder act on their park’s resource and refuses another park’s', async () => {
    await test.http.get('/api/v1/sites/east-1').set(east()).expect(200);
    const refused = await test.http.get('/api/v1/sites/west-1').set(east()).expect(403);
    expect(refused.headers['content-type']).toContain('application/problem+json');
    expect(refused.body).toMatchObject({ code: 'AUTH.PARK_NOT_ALLOWED', title: '无权访问该园区的数据' });
    await test.http.get('/api/v1/sites/west-1').set(test.as('leader')).expect(200);
  });

  it('refuses a resource whose park is not known yet to park-scoped holders only', async () => {
    const refused = await test.http.get('/api/v1/sites/unplaced-1').set(east()).expect(403);
    expect(refused.body.code).toBe('AUTH.PARK_NOT_ALLOWED');
    await test.http.get('/api/v1/sites/unplaced-1').set(test.as('leader')).expect(200);
    // No such resource: the route answers as it would for anyone.
    await test.http.get('/api/v1/sites/nowhere').set(east()).expect(200);
  });

  it('checks a park named in the body before validation sees the rest of it', async () => {
    const refused = await test.http.post('/api/v1/sites').set(east()).send({ parkId: 'west-park' }).expect(403);
    expect(refused.body.code).toBe('AUTH.PARK_NOT_ALLOWED');
    const invalid = await test.http.post('/api/v1/sites').set(east()).send({ parkId: 'east-park' }).expect(400);
    expect(invalid.body.code).toBe('REQUEST.VALIDATION_FAILED');
    await test.http.post('/api/v1/sites').set(east()).send({ parkId: 'east-park', name: '东区' }).expect(201);
  });

  it('filters lists to the holder’s parks', async () => {
    expect((await test.http.get('/api/v1/sites').set(east()).expect(200)).body.items).toEqual([{ id: 'east-1', parkId: 'east-park' }]);
    expect((await test.http.get('/api/v1/sites').set(test.as('leader')).expect(200)).body.items).toHaveLength(2);
  });

  it('keeps county-wide routes to county-wide holders, and closes undeclared routes to park-scoped ones', async () => {
    expect((await test.http.get('/api/v1/sites/settings/county').set(east()).expect(403)).body.code).toBe('AUTH.COUNTY_SCOPE_REQUIRED');
    await test.http.get('/api/v1/sites/settings/county').set(test.as('leader')).expect(200);
    expect((await test.http.get('/api/v1/sites/settings/unscoped').set(east()).expect(403)).body.code).toBe('AUTH.ROUTE_WITHOUT_SCOPE');
    await test.http.get('/api/v1/sites/settings/unscoped').set(test.as('leader')).expect(200);
  });

  it('refuses the operations routes to park-scoped administrators', async () => {
    const response = await test.http
      .get('/api/v1/operations/dead-letters')
      .set(test.as('admin', 'admin-east', ['east-park']))
      .expect(403);
    expect(response.body.code).toBe('AUTH.COUNTY_SCOPE_REQUIRED');
  });
});

describe('county of a deployment', () => {
  let test: TestApp;
  const bearer = (county: string | undefined, parks: string[] = []) => ({
    Authorization: `Bearer ${signToken({ user: 'leader-1', role: 'leader', parks, ...(county && { county }) }, test.configuration.jwt)}`,
  });
  beforeAll(async () => {
    test = await createTestApp([ParksModule], { environment: { IA_COUNTY: '430381' } });
  });
  afterAll(async () => {
    await test.close();
    test.remove();
  });

  it('accepts tokens of its county and refuses another county’s', async () => {
    await test.http.get('/api/v1/sites').set(bearer('430381')).expect(200);
    await test.http
      .get('/api/v1/sites')
      .set(bearer(undefined, ['east-park']))
      .expect(200);
    const foreign = await test.http
      .get('/api/v1/sites')
      .set(bearer('430382', ['east-park']))
      .expect(403);
    expect(foreign.body.code).toBe('AUTH.COUNTY_NOT_ALLOWED');
  });

  it('gives county-wide access only to a token that names the county', async () => {
    const unnamed = await test.http.get('/api/v1/sites').set(bearer(undefined)).expect(403);
    expect(unnamed.body).toMatchObject({ code: 'AUTH.COUNTY_NOT_ALLOWED', title: '访问令牌不属于本县（市、区）' });
  });
});
