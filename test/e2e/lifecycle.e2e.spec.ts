import { firstHalf, firstPositions, secondHalf } from './support/lifecycle';
import type { Project } from './support/lifecycle-early';
import { SuiteDriver } from './support/suite-driver';

jest.setTimeout(180_000);

type Item = { type: string; recordedAt: string; occurredAt: string; service: string };

async function history(suite: SuiteDriver, projectId: string, query: Record<string, string> = {}): Promise<Item[]> {
  return (await suite.get('auditor', 'auditor-chen', `/api/v1/projects/${projectId}/history`, { limit: '1000', ...query }))[
    'items'
  ] as Item[];
}

describe('one project’s whole life, over HTTP only', () => {
  let suite: SuiteDriver;
  let project: Project;

  beforeAll(async () => {
    suite = await SuiteDriver.start('2026-02-09');
    project = await firstHalf(suite);
    await secondHalf(suite, project);
  });
  afterAll(() => suite.stop());

  it('replays every fact, across all services, in the order it happened', async () => {
    const items = await history(suite, project.projectId);
    const positions = firstPositions(items.map((item) => item.type));
    expect(positions.every((position) => position >= 0)).toBe(true);
    expect([...positions].sort((left, right) => left - right)).toEqual(positions);
    expect(new Set(items.map((item) => item.service))).toEqual(
      new Set(['lead-intake', 'contract-signing', 'approvals', 'land-delivery', 'construction', 'commissioning']),
    );
    expect(items.filter((item) => item.type === 'ItemGranted')).toHaveLength(13);
    // The lead's contact is personal data: the replay shows that it was recorded, never what it was.
    const registered = items.find((item) => item.type === 'LeadRegistered') as unknown as { data: Record<string, unknown> };
    expect(registered.data['contactPhone']).toBe('〔个人信息（加密）sealed personal data〕');
    expect(JSON.stringify(items)).not.toContain('pii:v1:');
  });

  it('answers what the project looked like on a business date in the middle', async () => {
    const state = (date: string) => suite.get('auditor', 'auditor-chen', `/api/v1/projects/${project.projectId}/state`, { validAt: date });
    expect(await state('2026-04-14')).toMatchObject({
      stage: 'approvals',
      land: { allocatedOn: '2026-03-20' },
      construction: { milestones: [] },
    });
    expect(((await state('2026-04-14'))['land'] as Record<string, unknown>)['deliveredOn']).toBeUndefined();
    expect(await state('2026-04-15')).toMatchObject({
      stage: 'under_construction',
      land: { parcelCode: 'XX-2026-07', deliveredOn: '2026-04-15', certificate: { grantedOn: '2026-04-15' } },
      construction: { landDeliveredOn: '2026-04-15', constructionPermitOn: '2026-04-15', startedOn: '2026-04-15' },
    });
    expect(await state('2026-06-30')).toMatchObject({
      stage: 'under_construction',
      construction: { openProblems: 0, resolvedProblems: 1, milestones: [{ milestone: 'foundation', reachedOn: '2026-05-28' }] },
    });
    expect(await state('2027-04-30')).toMatchObject({
      stage: 'above_scale',
      commitments: { totalInvestment: 1_000_000_000, jobs: 600, taxPerMu: 200_000 },
      production: {
        stage: 'full_production',
        trialProductionOn: '2026-11-02',
        fullProductionOn: '2027-01-04',
        trailingRevenue: 21_000_000,
        aboveScale: { enteredOn: '2027-04-08' },
      },
    });
  });

  it('answers what the system knew at an instant: the land delivered, work not yet recorded', async () => {
    const items = await history(suite, project.projectId, { order: 'recorded' });
    const delivered = items.find((item) => item.type === 'LandDelivered')!;
    const state = await suite.get('auditor', 'auditor-chen', `/api/v1/projects/${project.projectId}/state`, { asOf: delivered.recordedAt });
    expect(state).toMatchObject({ stage: 'land_delivered', land: { deliveredOn: '2026-04-15' } });
    expect((state['construction'] as Record<string, unknown>)['startedOn']).toBeUndefined();
  });

  it('verifies the integrity of every stream of the project', async () => {
    expect(await suite.get('auditor', 'auditor-chen', `/api/v1/projects/${project.projectId}/integrity`)).toMatchObject({ valid: true });
  });

  it('gives key figures that match the dates used', async () => {
    const figures = await suite.get('auditor', 'auditor-chen', `/api/v1/projects/${project.projectId}/figures`);
    expect(figures['registration']).toMatchObject({
      signedOn: '2026-03-02',
      onSigningDay: true,
      items: [{ workingDays: 0 }, { workingDays: 0 }],
    });
    expect(figures['startOfWork']).toEqual({
      landDeliveredOn: '2026-04-15',
      constructionPermitOn: '2026-04-15',
      startedOn: '2026-04-15',
      deliveryToPermitDays: 0,
      permitToStartDays: 0,
      deliveryToStartDays: 0,
    });
    expect(figures['construction']).toEqual({
      startToToppedOutDays: 118,
      toppedOutToCompletionDays: 70,
      completionToTrialProductionDays: 13,
      completionToProductionDays: 76,
      startToProductionDays: 264,
    });
    expect(figures['deferredMaterials']).toEqual([
      {
        itemCode: 'project_filing',
        materialCode: 'investment_agreement',
        promisedOn: '2026-03-05',
        suppliedOn: '2026-03-05',
        outcome: 'on_time',
      },
    ]);
    const approvals = Object.fromEntries(
      (figures['approvals'] as Array<{ code: string; workingDays?: number; limitDays: number }>).map((item) => [
        item.code,
        [item.workingDays, item.limitDays],
      ]),
    );
    // 03-03 to 03-05: two working days on a same-day filing; 04-09 (Thursday) to 04-15: four of five.
    expect(approvals).toMatchObject({
      project_filing: [2, 0],
      land_use_planning_permit: [2, 3],
      title_certificate: [4, 5],
      construction_permit: [0, 0],
      drawing_review: [8, 10],
    });
    expect(figures['commitments']).toEqual([
      { figure: 'investment', committed: 1_000_000_000, actual: 1_020_000_000, shortfall: 0, met: true },
      { figure: 'jobs', committed: 600, actual: 650, shortfall: 0, met: true },
      // 9 million yuan of tax over 172.5 mu.
      { figure: 'tax_per_mu', committed: 200_000, actual: 52_174, shortfall: 147_826, met: false },
    ]);
    const park = await suite.get('admin', 'admin-li', '/api/v1/figures', { parkId: 'xiangxiang-edz' });
    expect(park).toMatchObject({ projects: 1, registeredOnSigningDay: 1, startOfWork: { onDeliveryDay: 1 }, byStage: { above_scale: 1 } });
  });
});

describe('the same life across a restart of the suite in the middle', () => {
  it('continues after the restart and replays the whole history', async () => {
    const suite = await SuiteDriver.start('2026-02-09');
    try {
      const project = await firstHalf(suite);
      await suite.restart();
      await secondHalf(suite, project);
      const items = await history(suite, project.projectId);
      const positions = firstPositions(items.map((item) => item.type));
      expect(positions.every((position) => position >= 0)).toBe(true);
      expect([...positions].sort((left, right) => left - right)).toEqual(positions);
      expect(await suite.get('auditor', 'auditor-chen', `/api/v1/projects/${project.projectId}/integrity`)).toMatchObject({ valid: true });
      expect(await suite.get('auditor', 'auditor-chen', `/api/v1/projects/${project.projectId}/state`)).toMatchObject({
        stage: 'above_scale',
      });
    } finally {
      await suite.stop();
    }
  });
});
