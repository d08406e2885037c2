import { createWorkingCalendar, seedCalendarData } from '@ia/reference';
import { foldProjectState } from '../state/fold-state';
import { BUILT_AND_PRODUCING, PROJECT, SIGNED_AND_REGISTERED } from '../test-support/facts';
import { projectFigures } from './project-figures';

const calendar = createWorkingCalendar(seedCalendarData());

describe('a project’s key figures', () => {
  const figures = projectFigures(foldProjectState(PROJECT, BUILT_AND_PRODUCING), calendar, '2027-04-10');

  it('counts registration on the signing day in working days', () => {
    expect(figures.registration).toEqual({
      signedOn: '2026-03-02',
      items: [
        { code: 'business_registration', grantedOn: '2026-03-02', workingDays: 0 },
        { code: 'tax_registration', grantedOn: '2026-03-02', workingDays: 0 },
      ],
      onSigningDay: true,
    });
  });

  it('counts each approval’s working days against its limit, less the days it was suspended', () => {
    expect(
      figures.approvals.map(({ code, workingDays, pausedDays, overLimitDays, withinLimit }) => ({
        code,
        workingDays,
        pausedDays,
        overLimitDays,
        withinLimit,
      })),
    ).toEqual([
      { code: 'business_registration', workingDays: 0, pausedDays: 0, overLimitDays: 0, withinLimit: true },
      { code: 'tax_registration', workingDays: 0, pausedDays: 0, overLimitDays: 0, withinLimit: true },
      // Accepted Tuesday 03-03, granted Friday 03-06: three working days against a same-day limit.
      { code: 'project_filing', workingDays: 3, pausedDays: 0, overLimitDays: 3, withinLimit: false },
      // 03-09 to 03-17 is six working days, two of them suspended (03-11, 03-12): four against three.
      { code: 'land_use_planning_permit', workingDays: 4, pausedDays: 2, overLimitDays: 1, withinLimit: false },
    ]);
  });

  it('counts an item still running up to today, and deferred materials as late, missing or awaited', () => {
    const running = projectFigures(foldProjectState(PROJECT, SIGNED_AND_REGISTERED), calendar, '2026-03-10');
    expect(running.approvals[3]).toMatchObject({ code: 'land_use_planning_permit', status: 'opened', pausedDays: 0, overLimitDays: 0 });
    expect(running.approvals[3]?.workingDays).toBeUndefined();
    expect(figures.deferredMaterials).toEqual([
      {
        itemCode: 'project_filing',
        materialCode: 'investment_agreement',
        promisedOn: '2026-03-05',
        suppliedOn: '2026-03-06',
        outcome: 'late',
      },
    ]);
    const promised = SIGNED_AND_REGISTERED.filter(
      (fact) => fact.type !== 'DeferredMaterialSupplied' && !(fact.streamName === 'approval-filing' && fact.type === 'ItemGranted'),
    );
    const state = foldProjectState(PROJECT, promised);
    expect(projectFigures(state, calendar, '2026-03-05').deferredMaterials[0]?.outcome).toBe('awaited');
    expect(projectFigures(state, calendar, '2026-03-06').deferredMaterials[0]?.outcome).toBe('missing');
  });

  it('gives T0, T1, T2 and the days between them, then the days from start to production', () => {
    expect(figures.startOfWork).toEqual({
      landDeliveredOn: '2026-04-15',
      constructionPermitOn: '2026-04-15',
      startedOn: '2026-04-15',
      deliveryToPermitDays: 0,
      permitToStartDays: 0,
      deliveryToStartDays: 0,
    });
    expect(figures.construction).toEqual({
      startToToppedOutDays: 118,
      toppedOutToCompletionDays: 70,
      completionToTrialProductionDays: 13,
      completionToProductionDays: 76,
      startToProductionDays: 264,
    });
  });

  it('sets the commitments against what was reported: investment, jobs and tax per mu', () => {
    expect(figures.commitments).toEqual([
      { figure: 'investment', committed: 300_000_000, actual: 305_000_000, shortfall: 0, met: true },
      { figure: 'jobs', committed: 400, actual: 383, shortfall: 17, met: false },
      // 7.5 million yuan of tax over 100 mu.
      { figure: 'tax_per_mu', committed: 150_000, actual: 75_000, shortfall: 75_000, met: false },
    ]);
    const building = projectFigures(
      foldProjectState(
        PROJECT,
        BUILT_AND_PRODUCING.filter((fact) => fact.type !== 'MonthReported'),
      ),
      calendar,
      '2026-06-01',
    );
    expect(building.commitments).toEqual([
      { figure: 'investment', committed: 300_000_000, actual: 28_000_000, shortfall: 272_000_000, met: false },
      { figure: 'jobs', committed: 400, actual: null, shortfall: null, met: null },
      { figure: 'tax_per_mu', committed: 150_000, actual: null, shortfall: null, met: null },
    ]);
  });
});
