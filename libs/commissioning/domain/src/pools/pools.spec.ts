import { fold } from '@ia/kernel';
import { commissioningDecider } from '../commissioning/decider';
import type { CommissioningEvent } from '../commissioning/events';
import { DEFAULT_ABOVE_SCALE_POLICY } from '../figures/above-scale';
import { debugging, fullProduction, learnedFor, opened, openedFor, PROJECT, trial, yearOfReports } from '../test-support/fixtures';
import { cultivationPools, poolOf } from './pools';

const stateOf = (events: readonly CommissioningEvent[]) => fold(commissioningDecider, events);
const signedIn = (projectId: string, signedOn: string) => learnedFor(projectId, { projectName: `项目${projectId}`, signedOn });
const entered: CommissioningEvent = {
  type: 'StatisticsEntered',
  data: { enteredOn: '2026-12-31', trailingRevenue: 20_400_000, threshold: 20_000_000 },
};

describe('cultivation pools (培育库)', () => {
  it('places a project by its stage and the year it was signed', () => {
    expect(poolOf(stateOf([signedIn('a', '2025-03-18')]), 2026)).toBe('continuing');
    expect(poolOf(stateOf([signedIn('b', '2026-02-01')]), 2026)).toBe('new');
    expect(poolOf(stateOf([signedIn('c', '2027-01-05')]), 2026)).toBeUndefined();
    expect(poolOf(stateOf([openedFor('d')]), 2026)).toBe('about_to_commission');
    expect(poolOf(stateOf([opened, debugging, trial]), 2026)).toBe('about_to_commission');
    expect(poolOf(stateOf([opened, debugging, trial, fullProduction]), 2026)).toBe('above_scale');
    expect(poolOf(stateOf([]), 2026)).toBeUndefined();
  });

  it('counts the pools and warns about firms near, reaching or falling below the threshold', () => {
    const producing = (projectId: string, monthlyRevenue: number, ...more: CommissioningEvent[]) =>
      stateOf([
        signedIn(projectId, '2025-01-10'),
        openedFor(projectId),
        debugging,
        trial,
        fullProduction,
        ...yearOfReports(monthlyRevenue),
        ...more,
      ]);
    const records = [
      stateOf([signedIn('continuing-1', '2025-03-18')]),
      stateOf([signedIn('new-1', '2026-02-01')]),
      stateOf([openedFor('opened-1')]),
      producing('near-1', 1_400_000),
      producing('candidate-1', 1_700_000),
      producing('at-risk-1', 1_600_000, entered),
      producing('small-1', 500_000),
    ];
    const result = cultivationPools(records, 2026, DEFAULT_ABOVE_SCALE_POLICY);
    const ids = (entries: ReadonlyArray<{ projectId: string }>) => entries.map((entry) => entry.projectId);
    expect(result).toMatchObject({ year: 2026, threshold: 20_000_000, nearThreshold: 16_000_000 });
    expect(ids(result.pools.continuing)).toEqual(['continuing-1']);
    expect(ids(result.pools.new)).toEqual(['new-1']);
    expect(ids(result.pools.about_to_commission)).toEqual(['opened-1']);
    expect(ids(result.pools.above_scale)).toEqual(['at-risk-1', 'candidate-1', 'near-1', 'small-1']);
    expect(ids(result.warnings.near)).toEqual(['near-1']);
    expect(ids(result.warnings.candidates)).toEqual(['candidate-1']);
    expect(ids(result.warnings.atRisk)).toEqual(['at-risk-1']);
    expect(result.warnings.atRisk[0]).toEqual({
      projectId: 'at-risk-1',
      parkId: PROJECT.parkId,
      projectName: '项目at-risk-1',
      enterpriseName: PROJECT.enterpriseName,
      stage: 'full_production',
      trailingRevenue: 19_200_000,
      scale: 'at_risk',
    });
  });

  it('names the park of each entry, and none for a record opened before the signing told it', () => {
    const result = cultivationPools(
      [stateOf([signedIn('signed-1', '2026-02-01')]), stateOf([openedFor('opened-1')])],
      2026,
      DEFAULT_ABOVE_SCALE_POLICY,
    );
    expect(result.pools.new.map((entry) => entry.parkId)).toEqual([PROJECT.parkId]);
    expect(result.pools.about_to_commission.map((entry) => entry.parkId)).toEqual([null]);
  });
});
