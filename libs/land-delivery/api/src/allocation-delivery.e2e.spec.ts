import { createTestApp, fixedClock, type TestApp } from '@ia/testing';
import { LandDeliveryModule } from './land-delivery.module';
import { indicators, parcel, readiness, signed } from './test-support/fixtures';
import { UpstreamModule, landDeliveries, publishUpstream } from './test-support/upstream.module';

describe('allocation and delivery over HTTP', () => {
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

  it('refuses to allocate to a project contract signing has not told it about', async () => {
    const parcelId = await register('C-1');
    const response = await test.http
      .post(`/api/v1/parcels/${parcelId}/allocation`)
      .set(test.as('promoter'))
      .send({ projectId: 'project-unknown', allocatedOn: '2026-02-01' })
      .expect(409);
    expect(response.body).toMatchObject({ code: 'LAND.PROJECT_NOT_SIGNED', title: '项目尚未签约，无法分配用地' });
  });

  it('lists every shortfall, lets only an administrator override it and records why', async () => {
    await publishUpstream(test, 'testsigning', signed('project-short', 50_000_000));
    const parcelId = await register('D-1');
    const url = `/api/v1/parcels/${parcelId}/allocation`;
    const refused = await test.http
      .post(url)
      .set(test.as('promoter'))
      .send({ projectId: 'project-short', allocatedOn: '2026-02-01' })
      .expect(409);
    expect(refused.body).toMatchObject({
      code: 'LAND.COMMITMENTS_SHORT',
      shortfalls: [{ indicator: 'investment_intensity', required: 2_000_000, committed: 1_000_000 }],
    });
    const byPromoter = await test.http
      .post(url)
      .set(test.as('promoter'))
      .send({ projectId: 'project-short', allocatedOn: '2026-02-01', overrideReason: '招商部认为可行' })
      .expect(409);
    expect(byPromoter.body.code).toBe('LAND.OVERRIDE_NOT_ALLOWED');
    await test.http
      .post(url)
      .set(test.as('admin', 'wang'))
      .send({ projectId: 'project-short', allocatedOn: '2026-02-01', overrideReason: '管委会专题会议同意' })
      .expect(200);
    const read = await test.http.get(`/api/v1/parcels/${parcelId}`).set(test.as('auditor')).expect(200);
    expect(read.body.allocation).toMatchObject({
      projectId: 'project-short',
      override: { reason: '管委会专题会议同意', by: { id: 'wang', role: 'admin' } },
    });
    const [stored] = (await test.engines.store.readStream(`parcel-${parcelId}`)).slice(-1);
    expect(stored?.metadata).toMatchObject({ reason: '管委会专题会议同意', projectId: 'project-short' });
    const revise = await test.http.put(`/api/v1/parcels/${parcelId}/indicators`).set(test.as('admin')).send(indicators).expect(409);
    expect(revise.body.code).toBe('LAND.INDICATORS_FIXED');
  });

  it('delivers land and certificate together and publishes LandDeliveredV1', async () => {
    await publishUpstream(test, 'testsigning', signed('project-together', 100_000_000));
    await publishUpstream(test, 'testapprovals', {
      projectId: 'project-together',
      itemId: 'item-9',
      itemCode: 'title_certificate',
      stage: 'land',
      grantedOn: '2026-03-02',
    });
    const parcelId = await register('E-1');
    await test.http
      .put(`/api/v1/parcels/${parcelId}/readiness`)
      .set(test.as('admin'))
      .send({ ...readiness, levelled: true })
      .expect(200);
    await test.http
      .post(`/api/v1/parcels/${parcelId}/allocation`)
      .set(test.as('promoter'))
      .send({ projectId: 'project-together', allocatedOn: '2026-02-01' })
      .expect(200);
    const delivered = await test.http
      .post(`/api/v1/parcels/${parcelId}/delivery`)
      .set(test.as('agent'))
      .send({ deliveredOn: '2026-03-02', confirmationNumber: '湘经开交〔2026〕007 号' })
      .expect(200);
    expect(delivered.body).toEqual({ id: parcelId, revision: 3 });
    const read = await test.http.get(`/api/v1/parcels/${parcelId}`).set(test.as('leader')).expect(200);
    expect(read.body).toMatchObject({
      siteReady: true,
      status: 'delivered',
      delivery: { landAndCertificateTogether: true, certificateDaysAfterDelivery: 0 },
    });
    await test.runtime.reactionsAt(await test.engines.store.headPosition());
    expect(landDeliveries).toContainEqual({
      projectId: 'project-together',
      parcelId,
      parcelCode: 'E-1',
      deliveredOn: '2026-03-02',
      confirmationNumber: '湘经开交〔2026〕007 号',
      areaSquareMetres: 33_333.33,
      titleCertificateOn: '2026-03-02',
    });
    const again = await test.http
      .post(`/api/v1/parcels/${parcelId}/delivery`)
      .set(test.as('agent'))
      .send({ deliveredOn: '2026-03-02', confirmationNumber: 'x' })
      .expect(409);
    expect(again.body.code).toBe('LAND.ALREADY_DELIVERED');
  });

  it('counts the days a certificate entered later lagged behind the land', async () => {
    await publishUpstream(test, 'testsigning', signed('project-late', 100_000_000));
    const parcelId = await register('F-1');
    await test.http
      .post(`/api/v1/parcels/${parcelId}/allocation`)
      .set(test.as('admin'))
      .send({ projectId: 'project-late', allocatedOn: '2026-02-01' })
      .expect(200);
    await test.http
      .post(`/api/v1/parcels/${parcelId}/delivery`)
      .set(test.as('promoter'))
      .send({ deliveredOn: '2026-02-20', confirmationNumber: '交〔2026〕9' })
      .expect(200);
    await test.http
      .post('/api/v1/land-projects/project-late/title-certificate')
      .set(test.as('agent'))
      .send({ grantedOn: '2026-02-27', certificateNumber: '湘(2026)湘乡市不动产权第0001234号' })
      .expect(200);
    const read = await test.http.get(`/api/v1/parcels/${parcelId}`).set(test.as('auditor')).expect(200);
    expect(read.body.delivery).toMatchObject({
      titleCertificateOn: '2026-02-27',
      landAndCertificateTogether: false,
      certificateDaysAfterDelivery: 7,
    });
    const project = await test.http.get('/api/v1/land-projects/project-late').set(test.as('auditor')).expect(200);
    expect(project.body).toMatchObject({
      projectName: '高端医疗器械生产基地',
      titleCertificate: { grantedOn: '2026-02-27', source: 'entered' },
    });
    const conflict = await test.http
      .post('/api/v1/land-projects/project-late/title-certificate')
      .set(test.as('agent'))
      .send({ grantedOn: '2026-02-28' })
      .expect(409);
    expect(conflict.body.code).toBe('LAND.TITLE_CERTIFICATE_CONFLICT');
  });

  it('refuses bad dates and ids, reads nothing unknown, and keeps auditors read-only', async () => {
    const parcelId = await register('G-1');
    const before = await test.engines.store.headPosition();
    await test.http
      .post(`/api/v1/parcels/${parcelId}/delivery`)
      .set(test.as('agent'))
      .send({ deliveredOn: '2026-02-30', confirmationNumber: 'x' })
      .expect(400);
    await test.http
      .post(`/api/v1/parcels/${parcelId}/allocation`)
      .set(test.as('promoter'))
      .send({ projectId: 'bad id!', allocatedOn: '2026-02-01' })
      .expect(400);
    await test.http
      .post('/api/v1/land-projects/a%20b/title-certificate')
      .set(test.as('agent'))
      .send({ grantedOn: '2026-02-01' })
      .expect(400);
    await test.http
      .post(`/api/v1/parcels/${parcelId}/delivery`)
      .set(test.as('auditor'))
      .send({ deliveredOn: '2026-02-03', confirmationNumber: 'x' })
      .expect(403);
    expect(await test.engines.store.headPosition()).toBe(before);
    const notAllocated = await test.http
      .post(`/api/v1/parcels/${parcelId}/delivery`)
      .set(test.as('agent'))
      .send({ deliveredOn: '2026-02-03', confirmationNumber: 'x' })
      .expect(409);
    expect(notAllocated.body.code).toBe('LAND.PARCEL_NOT_ALLOCATED');
    await test.http.get('/api/v1/parcels/01963f6e-7a1b-7c3d-8e9f-0a1b2c3d4e5f').set(test.as('auditor')).expect(404);
    await test.http.get('/api/v1/land-projects/nobody').set(test.as('auditor')).expect(404);
  });
});
