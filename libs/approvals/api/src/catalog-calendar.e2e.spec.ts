import { randomUUID } from 'node:crypto';
import { createTestApp, fixedClock, type TestApp } from '@ia/testing';
import { ApprovalsModule } from './approvals.module';
import { signedProjectClient } from './test-support/project-client';
import { receivedCalendarYears, TestSigningModule } from './test-support/test-signing.module';

const WATER_PERMIT = {
  name: '取水许可',
  stage: 'assessments',
  materials: [
    { code: 'application_form', name: '申请表', kind: 'core' },
    { code: 'water_report', name: '水资源论证报告', kind: 'secondary' },
  ],
  timeLimitDays: 20,
  commitmentAllowed: true,
  deficiencyAllowed: true,
  prerequisites: ['project_filing'],
  givesProjectCode: false,
};
const YEAR_2027 = { holidays: ['2027-01-01', '2027-02-06', '2027-02-07', '2027-02-08', '2027-10-01'], adjustedWorkdays: ['2027-02-13'] };

describe('the item catalog and the working calendar over HTTP', () => {
  let test: TestApp;
  const clock = fixedClock('2026-12-28T02:00:00Z');

  beforeAll(async () => {
    test = await createTestApp([ApprovalsModule, TestSigningModule], { clock });
  });
  afterAll(async () => {
    await test.close();
    test.remove();
  });

  it('serves the seeded catalog to every reader', async () => {
    const catalog = (await test.http.get('/api/v1/approvals/catalog').set(test.as('auditor')).expect(200)).body;
    expect(catalog.defaultPackage).toBe('standard_industrial');
    expect(catalog.items.construction_permit).toMatchObject({ name: '建筑工程施工许可证', stage: 'engineering_permits', timeLimitDays: 0 });
    expect(Object.keys(catalog.packages)).toEqual(['standard_industrial', 'factory_lease']);
  });

  it('lets an admin define an item and a package, and refuses what breaks the catalog', async () => {
    await test.http.put('/api/v1/approvals/catalog/items/water_permit').set(test.as('agent')).send(WATER_PERMIT).expect(403);
    const defined = await test.http
      .put('/api/v1/approvals/catalog/items/water_permit')
      .set(test.as('admin'))
      .send(WATER_PERMIT)
      .expect(200);
    expect(defined.body).toEqual({ id: 'park', revision: 0 });
    await test.http
      .put('/api/v1/approvals/catalog/packages/water_intensive')
      .set(test.as('admin'))
      .send({
        name: '高耗水项目“一件事”',
        projectKind: '高耗水工业',
        itemCodes: ['business_registration', 'tax_registration', 'project_filing', 'water_permit'],
      })
      .expect(200);
    await test.http
      .put('/api/v1/approvals/catalog/default-package')
      .set(test.as('admin'))
      .send({ packageCode: 'water_intensive' })
      .expect(200);
    const catalog = (await test.http.get('/api/v1/approvals/catalog').set(test.as('leader')).expect(200)).body;
    expect(catalog).toMatchObject({
      defaultPackage: 'water_intensive',
      items: { water_permit: { code: 'water_permit', ...WATER_PERMIT } },
    });

    const head = await test.engines.store.headPosition();
    const cycle = await test.http
      .put('/api/v1/approvals/catalog/items/project_filing')
      .set(test.as('admin'))
      .send({ ...WATER_PERMIT, name: '投资项目备案', prerequisites: ['water_permit'] })
      .expect(409);
    expect(cycle.body.code).toBe('CATALOG.PREREQUISITE_CYCLE');
    const missing = await test.http
      .put('/api/v1/approvals/catalog/default-package')
      .set(test.as('admin'))
      .send({ packageCode: 'moon_base' })
      .expect(404);
    expect(missing.body.code).toBe('PACKAGE.NOT_FOUND');
    const invalid = await test.http
      .put('/api/v1/approvals/catalog/items/Water-Permit')
      .set(test.as('admin'))
      .send({ ...WATER_PERMIT, timeLimitDays: 2.5 })
      .expect(400);
    expect(invalid.body.code).toBe('REQUEST.VALIDATION_FAILED');
    expect(await test.engines.store.headPosition()).toBe(head);
  });

  it('opens the new default package for a project signed without one', async () => {
    const project = await signedProjectClient(test);
    expect((await project.items()).map((item) => item.item.code).sort()).toEqual([
      'business_registration',
      'project_filing',
      'tax_registration',
      'water_permit',
    ]);
  });

  it('counts working days from the seed: the adjusted Saturday 2026-10-10 counts, National Day does not', async () => {
    const deadline = (from: string, days: number) =>
      test.http.get(`/api/v1/approvals/calendar/deadline?from=${from}&days=${days}`).set(test.as('agent')).expect(200);
    expect((await deadline('2026-09-28', 5)).body).toEqual({ from: '2026-09-28', days: 5, dueOn: '2026-10-10', provisional: false });
    expect((await deadline('2026-09-30', 1)).body.dueOn).toBe('2026-10-08');
    expect((await deadline('2026-02-13', 1)).body.dueOn).toBe('2026-02-14');
    expect((await deadline('2026-12-28', 5)).body).toEqual({ from: '2026-12-28', days: 5, dueOn: '2027-01-04', provisional: true });
    const year = (await test.http.get('/api/v1/approvals/calendar/years/2026').set(test.as('auditor')).expect(200)).body;
    expect(year).toMatchObject({ year: 2026, source: 'seed', revision: -1 });
    expect(year.adjustedWorkdays).toEqual(expect.arrayContaining(['2026-02-14', '2026-02-28', '2026-10-10']));
    expect(year.holidays).toContain('2026-10-01');
  });

  it('lets an admin publish 2027, after which its deadlines are no longer provisional', async () => {
    expect((await test.http.get('/api/v1/approvals/calendar/years/2027').set(test.as('agent')).expect(200)).body).toEqual({
      year: 2027,
      source: 'none',
      holidays: [],
      adjustedWorkdays: [],
      revision: -1,
    });
    const head = await test.engines.store.headPosition();
    const weekday = await test.http
      .put('/api/v1/approvals/calendar/years/2027')
      .set(test.as('admin'))
      .send({ ...YEAR_2027, adjustedWorkdays: ['2027-02-15'] })
      .expect(409);
    expect(weekday.body.code).toBe('CALENDAR.ADJUSTED_WORKDAY_NOT_WEEKEND');
    await test.http
      .put('/api/v1/approvals/calendar/years/2027')
      .set(test.as('admin'))
      .send({ ...YEAR_2027, holidays: ['2027-13-01'] })
      .expect(400);
    await test.http.put('/api/v1/approvals/calendar/years/1999').set(test.as('admin')).send(YEAR_2027).expect(400);
    await test.http.put('/api/v1/approvals/calendar/years/2027').set(test.as('leader')).send(YEAR_2027).expect(403);
    expect(await test.engines.store.headPosition()).toBe(head);

    await test.http.put('/api/v1/approvals/calendar/years/2027').set(test.as('admin')).send(YEAR_2027).expect(200);
    expect((await test.http.get('/api/v1/approvals/calendar/years/2027').set(test.as('agent')).expect(200)).body).toEqual({
      year: 2027,
      source: 'published',
      ...YEAR_2027,
      revision: 0,
    });
    const deadline = (await test.http.get('/api/v1/approvals/calendar/deadline?from=2026-12-28&days=5').set(test.as('agent')).expect(200))
      .body;
    expect(deadline).toEqual({ from: '2026-12-28', days: 5, dueOn: '2027-01-05', provisional: false });
  });

  it('publishes each published year as WorkingCalendarPublished on its topic, and a correction as the next revision', async () => {
    const corrected = { ...YEAR_2027, holidays: [...YEAR_2027.holidays, '2027-02-09'].sort() };
    await test.http.put('/api/v1/approvals/calendar/years/2027').set(test.as('admin')).send(corrected).expect(200);
    await test.http.put('/api/v1/approvals/calendar/years/2027').set(test.as('admin')).send(corrected).expect(200);
    expect(await test.runtime.reactionsAt(await test.engines.store.headPosition())).toBe(true);
    expect(receivedCalendarYears).toEqual([
      { year: 2027, revision: 0, ...YEAR_2027 },
      { year: 2027, revision: 1, ...corrected },
    ]);
  });

  it('answers an unknown project with 404', async () => {
    const response = await test.http.get(`/api/v1/projects/${randomUUID()}/approvals`).set(test.as('leader')).expect(404);
    expect(response.body.code).toBe('PROJECT.NOT_FOUND');
  });

  it('documents every endpoint in OpenAPI with Chinese summaries', async () => {
    const document = (await test.http.get('/docs-json').expect(200)).body as {
      paths: Record<string, Record<string, { summary?: string; security?: unknown }>>;
    };
    const approvalsPaths = Object.keys(document.paths).filter((path) => path.includes('approvals'));
    expect(approvalsPaths.sort()).toEqual(
      [
        '/api/v1/approvals',
        '/api/v1/approvals/board',
        '/api/v1/approvals/catalog',
        '/api/v1/approvals/catalog/items/{code}',
        '/api/v1/approvals/catalog/packages/{code}',
        '/api/v1/approvals/catalog/default-package',
        '/api/v1/approvals/calendar/years/{year}',
        '/api/v1/approvals/calendar/deadline',
        '/api/v1/projects/{projectId}/approvals',
        '/api/v1/approvals/{itemId}',
        '/api/v1/approvals/{itemId}/waiver',
        ...[
          'assignment',
          'intake',
          'acceptance',
          'acceptance-with-deficiencies',
          'acceptance-under-commitment',
          'submission',
          'grant',
          'rejection',
          'correction-request',
          'supplies',
          'suspension',
          'file-return',
          'commitment-check',
          'personal-data-erasure',
        ].map((step) => `/api/v1/approvals/{itemId}/${step}`),
      ].sort(),
    );
    for (const path of approvalsPaths) {
      for (const operation of Object.values(document.paths[path]!)) expect(operation.summary).toMatch(/[\u4e00-\u9fff]/);
    }
  });
});
