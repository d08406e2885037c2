import { reported, yearOfReports } from '../test-support/fixtures';
import { evolveCommissioning, initialCommissioningState, type MonthlyReport } from '../commissioning/state';
import { DEFAULT_ABOVE_SCALE_POLICY, nearThreshold, policyProblems, scaleStatus } from './above-scale';
import { taxPerMu } from './commitment-check';
import { addMonths, isMonth, monthOf, windowEndingAt } from './months';
import { trailingRevenue, trailingTax } from './trailing';

const reportsOf = (events: ReturnType<typeof reported>[]): readonly MonthlyReport[] =>
  events.reduce(evolveCommissioning, initialCommissioningState).reports;

describe('months', () => {
  it('recognises YYYY-MM and counts across years', () => {
    expect(['2026-01', '2026-12'].map(isMonth)).toEqual([true, true]);
    expect(['2026-13', '2026-1', '2026-00', '26-01'].map(isMonth)).toEqual([false, false, false, false]);
    expect(addMonths('2026-01', -1)).toBe('2025-12');
    expect(addMonths('2025-12', 13)).toBe('2027-01');
    expect(monthOf('2026-03-02')).toBe('2026-03');
    expect(windowEndingAt('2026-02', 3)).toEqual(['2025-12', '2026-01', '2026-02']);
    expect(() => addMonths('2026-13', 1)).toThrow(RangeError);
  });
});

describe('trailing twelve months', () => {
  it('sums the twelve months up to the latest report, counting a missing month as nothing', () => {
    expect(trailingRevenue(reportsOf(yearOfReports(1_700_000)))).toBe(20_400_000);
    expect(trailingTax(reportsOf(yearOfReports(1_700_000, { tax: 100_000 })))).toBe(1_200_000);
    const gappy = reportsOf([
      reported('2025-01', { mainBusinessRevenue: 9_000_000 }),
      reported('2025-06', { mainBusinessRevenue: 3_000_000 }),
      reported('2026-01', { mainBusinessRevenue: 2_000_000 }),
    ]);
    expect(trailingRevenue(gappy)).toBe(5_000_000);
    expect(trailingRevenue([])).toBe(0);
  });
});

describe('tax per mu (亩均税收)', () => {
  it('divides annual tax by the land area in mu, 1 mu being exactly 2000/3 m²', () => {
    expect(taxPerMu(13_500_000, 60_000)).toBe(150_000);
    expect(taxPerMu(1_000_000, 10_000)).toBe(66_667);
    expect(taxPerMu(1_000_000, 0)).toBeNull();
  });
});

describe('scale against the threshold', () => {
  const policy = DEFAULT_ABOVE_SCALE_POLICY;

  it('defaults to 20 million yuan, near from 80 % of it', () => {
    expect(policy).toEqual({ threshold: 20_000_000, nearPercent: 80 });
    expect(nearThreshold(policy)).toBe(16_000_000);
  });

  it('classifies firms not yet entered as below, near or candidate', () => {
    expect(scaleStatus(15_999_999, false, policy)).toBe('below');
    expect(scaleStatus(16_000_000, false, policy)).toBe('near');
    expect(scaleStatus(19_999_999, false, policy)).toBe('near');
    expect(scaleStatus(20_000_000, false, policy)).toBe('candidate');
  });

  it('flags an entered firm whose trailing revenue dropped below the threshold as at risk', () => {
    expect(scaleStatus(20_000_000, true, policy)).toBe('entered');
    expect(scaleStatus(19_999_999, true, policy)).toBe('at_risk');
  });

  it('follows a park’s own policy and refuses a nonsensical one', () => {
    expect(scaleStatus(9_000_000, false, { threshold: 10_000_000, nearPercent: 90 })).toBe('near');
    expect(policyProblems({ threshold: 10_000_000, nearPercent: 90 })).toEqual([]);
    expect(policyProblems({ threshold: 0, nearPercent: 101 })).toEqual([
      'threshold must be whole yuan > 0, got 0',
      'nearPercent must be a whole percentage from 1 to 100, got 101',
    ]);
  });
});
