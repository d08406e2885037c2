import type { Test } from 'supertest';
import { createTestApp, fixedClock, type TestApp } from '@ia/testing';
import { LandDeliveryModule } from './land-delivery.module';
import { indicators, parcel, readiness, signed } from './test-support/fixtures';
import { UpstreamModule, publishUpstream } from './test-support/upstream.module';

const PARK_A = 'park-xiangxiang';
const PARK_B = 'park-hongshan';
const allocation = (projectId: string) => ({ projectId, allocatedOn: '2026-02-01' });
const delivery = { deliveredOn: '2026-02-20', confirmationNumber: '湘经开交〔2026〕011 号' };

describe('park scope of land delivery over HTTP', () => {
  let test: TestApp;
  let parcelOfA: string;
  const inA = () => test.as('admin', 'admin-a', [PARK_A]);
  const inB = () => test.as('admin', 'admin-b', [PARK_B]);
  const county = () => test.as('admin', 'admin-county');

  const register = async (code: string, parkId: string, as = county()) => {
    const response = await test.http.post('/api/v1/parcels').set(as).send(parcel(code, parkId)).expect(201);
    return response.body.id as string;
  };
  const expectRefused = async (call: Test) => {
    const response = await call.expect(403);
    expect(response.body).toMatchObject({ code: 'AUTH.PARK_NOT_ALLOWED', title: '无权访问该园区的数据' });
  };
  const codes = (body: { items: Array<{ code: string; parkId: string }> }) => body.items.map((item) => item.code);

  beforeAll(async () => {
    test = await createTestApp([LandDeliveryModule, UpstreamModule], { clock: fixedClock('2026-03-02T02:00:00Z') });
    await publishUpstream(test, 'testsigning', signed('project-a', 100_000_000, PARK_A));
    await publishUpstream(test, 'testsigning', signed('project-a2', 100_000_000, PARK_A));
    await publishUpstream(test, 'testsigning', signed('project-b', 100_000_000, PARK_B));
    parcelOfA = await register('A-1', PARK_A);
  });
  afterAll(async () => {
    await test.close();
    test.remove();
  });

  it.each<[string, () => Test]>([
    ['reading the parcel', () => test.http.get(`/api/v1/parcels/${parcelOfA}`)],
    ['revising its indicators', () => test.http.put(`/api/v1/parcels/${parcelOfA}/indicators`).send(indicators)],
    ['updating its readiness', () => test.http.put(`/api/v1/parcels/${parcelOfA}/readiness`).send(readiness)],
    ['allocating it', () => test.http.post(`/api/v1/parcels/${parcelOfA}/allocation`).send(allocation('project-a'))],
    ['delivering it', () => test.http.post(`/api/v1/parcels/${parcelOfA}/delivery`).send(delivery)],
    ['registering a parcel in the park', () => test.http.post('/api/v1/parcels').send(parcel('A-9', PARK_A))],
    ['reading the park’s project', () => test.http.get('/api/v1/land-projects/project-a')],
    [
      'entering the project’s certificate',
      () => test.http.post('/api/v1/land-projects/project-a/title-certificate').send({ grantedOn: '2026-02-27' }),
    ],
  ])('refuses a holder of another park %s and writes nothing', async (_case, call) => {
    const before = await test.engines.store.headPosition();
    await expectRefused(call().set(inB()));
    expect(await test.engines.store.headPosition()).toBe(before);
    const read = await test.http.get(`/api/v1/parcels/${parcelOfA}`).set(county()).expect(200);
    expect(read.body).toMatchObject({ status: 'available', indicators, readiness });
    expect(read.body).not.toHaveProperty('allocation');
  });

  it('checks the park named in a registration before validating the rest of it', async () => {
    await expectRefused(test.http.post('/api/v1/parcels').set(inA()).send({ parkId: PARK_B }));
    const invalid = await test.http.post('/api/v1/parcels').set(inA()).send({ parkId: PARK_A }).expect(400);
    expect(invalid.body.code).toBe('REQUEST.VALIDATION_FAILED');
  });

  it('lets a holder of the park register, revise, allocate, deliver and read', async () => {
    const parcelId = await register('A-2', PARK_A, inA());
    const url = `/api/v1/parcels/${parcelId}`;
    await test.http.put(`${url}/indicators`).set(inA()).send(indicators).expect(200);
    await test.http
      .put(`${url}/readiness`)
      .set(inA())
      .send({ ...readiness, levelled: true })
      .expect(200);
    await test.http
      .post(`${url}/allocation`)
      .set(test.as('promoter', 'promoter-a', [PARK_A]))
      .send(allocation('project-a'))
      .expect(200);
    await test.http
      .post(`${url}/delivery`)
      .set(test.as('agent', 'agent-a', [PARK_A]))
      .send(delivery)
      .expect(200);
    await test.http.post('/api/v1/land-projects/project-a/title-certificate').set(inA()).send({ grantedOn: '2026-02-27' }).expect(200);
    const read = await test.http
      .get(url)
      .set(test.as('leader', 'leader-a', [PARK_A]))
      .expect(200);
    expect(read.body).toMatchObject({ parkId: PARK_A, status: 'delivered', allocation: { projectId: 'project-a' } });
    const project = await test.http.get('/api/v1/land-projects/project-a').set(inA()).expect(200);
    expect(project.body).toMatchObject({ parkId: PARK_A, titleCertificate: { grantedOn: '2026-02-27' } });
  });

  it('lets a county-wide holder act on every park', async () => {
    const parcelId = await register('A-3', PARK_A);
    await test.http.post(`/api/v1/parcels/${parcelId}/allocation`).set(county()).send(allocation('project-a2')).expect(200);
    await test.http.post(`/api/v1/parcels/${parcelId}/delivery`).set(county()).send(delivery).expect(200);
    expect((await test.http.get(`/api/v1/parcels/${parcelId}`).set(county()).expect(200)).body.status).toBe('delivered');
    await test.http.get('/api/v1/land-projects/project-b').set(county()).expect(200);
  });

  it('answers a park-scoped holder as anyone for what does not exist', async () => {
    await test.http.get('/api/v1/parcels/01963f6e-7a1b-7c3d-8e9f-0a1b2c3d4e5f').set(inA()).expect(404);
    await test.http.get('/api/v1/parcels/not-a-uuid').set(inA()).expect(400);
    await test.http.get('/api/v1/land-projects/a%20b').set(inA()).expect(400);
    await test.http.get('/api/v1/land-projects/nobody').set(inA()).expect(404);
  });

  it('lists to each holder only the parcels of their parks', async () => {
    const parcelOfB = await register('B-1', PARK_B);
    const asB = (await test.http.get('/api/v1/parcels').set(inB()).expect(200)).body;
    expect(codes(asB)).toEqual(['B-1']);
    const asA = (await test.http.get('/api/v1/parcels').set(inA()).expect(200)).body;
    expect(codes(asA)).toContain('A-1');
    expect(asA.items.every((item: { parkId: string }) => item.parkId === PARK_A)).toBe(true);
    const asCounty = (await test.http.get('/api/v1/parcels').set(county()).expect(200)).body;
    expect(codes(asCounty)).toEqual(expect.arrayContaining(['A-1', 'B-1']));
    expect(codes((await test.http.get(`/api/v1/parcels?parkId=${PARK_B}`).set(inB()).expect(200)).body)).toEqual(['B-1']);
    await expectRefused(test.http.get(`/api/v1/parcels?parkId=${PARK_A}`).set(inB()));
    await test.http.get(`/api/v1/parcels/${parcelOfB}`).set(inB()).expect(200);
  });

  it('refuses to give a park’s parcel to a project signed for another park', async () => {
    const parcelId = await register('A-4', PARK_A);
    const url = `/api/v1/parcels/${parcelId}/allocation`;
    const before = await test.engines.store.headPosition();
    await expectRefused(test.http.post(url).set(inA()).send(allocation('project-b')));
    const both = test.as('admin', 'admin-ab', [PARK_A, PARK_B]);
    const mismatch = await test.http.post(url).set(both).send(allocation('project-b')).expect(409);
    expect(mismatch.body).toMatchObject({
      code: 'LAND.PARCEL_IN_OTHER_PARK',
      title: '地块与项目不属于同一园区',
      parcelParkId: PARK_A,
      projectParkId: PARK_B,
    });
    const overridden = await test.http
      .post(url)
      .set(county())
      .send({ ...allocation('project-b'), overrideReason: '县政府同意跨园区供地' })
      .expect(409);
    expect(overridden.body.code).toBe('LAND.PARCEL_IN_OTHER_PARK');
    expect(await test.engines.store.headPosition()).toBe(before);
  });

  it('keeps a project whose park is not known yet to county-wide holders', async () => {
    await publishUpstream(test, 'testapprovals', {
      projectId: 'project-unplaced',
      itemId: 'item-1',
      itemCode: 'title_certificate',
      stage: 'land',
      grantedOn: '2026-02-27',
    });
    await expectRefused(test.http.get('/api/v1/land-projects/project-unplaced').set(inA()));
    await test.http.get('/api/v1/land-projects/project-unplaced').set(county()).expect(200);
    const parcelId = await register('A-5', PARK_A);
    const before = await test.engines.store.headPosition();
    await expectRefused(test.http.post(`/api/v1/parcels/${parcelId}/allocation`).set(inA()).send(allocation('project-unplaced')));
    await expectRefused(test.http.post('/api/v1/land-projects/project-new/title-certificate').set(inA()).send({ grantedOn: '2026-02-27' }));
    expect(await test.engines.store.headPosition()).toBe(before);
    const unsigned = await test.http
      .post(`/api/v1/parcels/${parcelId}/allocation`)
      .set(county())
      .send(allocation('project-unplaced'))
      .expect(409);
    expect(unsigned.body.code).toBe('LAND.PROJECT_NOT_SIGNED');
    await test.http.post('/api/v1/land-projects/project-new/title-certificate').set(county()).send({ grantedOn: '2026-02-27' }).expect(200);
  });
});
