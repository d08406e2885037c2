import { deciderSpec } from '@ia/testing';
import { debugging, figures, learned, opened, reported, trial } from '../test-support/fixtures';
import { commissioningDecider } from './decider';

const spec = deciderSpec(commissioningDecider);
const report = (month: string, overrides = {}, today = '2026-03-02') =>
  ({ type: 'ReportMonth', data: { month, figures: figures(overrides), today } }) as const;

describe('monthly reports', () => {
  it('records a month of output, revenue, tax, jobs and investment completed', () => {
    spec
      .given([opened, debugging, trial])
      .when(report('2026-02'))
      .then([reported('2026-02')]);
  });

  it('keeps the reports in month order whatever order they came in', () => {
    const state = spec.given([opened, debugging, trial, reported('2026-02'), reported('2026-01')]).state();
    expect(state.reports.map((entry) => entry.month)).toEqual(['2026-01', '2026-02']);
  });

  it('records other figures for a month already reported as a correction, and the same figures as nothing', () => {
    const given = spec.given([opened, debugging, trial, reported('2026-02')]);
    given.when(report('2026-02')).then([]);
    given
      .when(report('2026-02', { mainBusinessRevenue: 2_100_000 }))
      .then([
        { type: 'MonthCorrected', data: { month: '2026-02', figures: figures({ mainBusinessRevenue: 2_100_000 }), previous: figures() } },
      ]);
    const corrected = spec.given([
      opened,
      debugging,
      trial,
      reported('2026-02'),
      { type: 'MonthCorrected', data: { month: '2026-02', figures: figures({ tax: 1 }), previous: figures() } },
    ]);
    expect(corrected.state().reports).toEqual([{ month: '2026-02', figures: figures({ tax: 1 }) }]);
  });

  it('accepts investment, jobs and tax before production, but no output or revenue', () => {
    const beforeProduction = { output: 0, mainBusinessRevenue: 0, tax: 20_000, jobs: 40, investmentCompleted: 250_000_000 };
    spec
      .given([opened, debugging])
      .when(report('2026-01', beforeProduction))
      .then([{ type: 'MonthReported', data: { month: '2026-01', figures: beforeProduction } }]);
    spec
      .given([opened, debugging])
      .when(report('2026-01', { output: 0 }))
      .thenThrows('COMMISSIONING.NOT_PRODUCING');
    spec
      .given([opened, debugging])
      .when(report('2026-01', { mainBusinessRevenue: 0 }))
      .thenThrows('COMMISSIONING.NOT_PRODUCING');
  });

  it('refuses revenue for a month before trial production began', () => {
    const lateTrial = { type: 'TrialProductionStarted', data: { startedOn: '2026-02-10' } } as const;
    spec.given([opened, debugging, lateTrial]).when(report('2026-01')).thenThrows('COMMISSIONING.NOT_PRODUCING');
    spec
      .given([opened, debugging, lateTrial])
      .when(report('2026-02'))
      .then([reported('2026-02')]);
  });

  it('refuses a month not begun yet, or before the month of completion', () => {
    spec.given([opened, debugging, trial]).when(report('2026-04')).thenThrows('COMMISSIONING.MONTH_IN_FUTURE');
    spec
      .given([opened, debugging, trial])
      .when(report('2026-03'))
      .then([reported('2026-03')]);
    const error = spec
      .given([opened, debugging, trial])
      .when(report('2025-12', { output: 0, mainBusinessRevenue: 0 }))
      .thenThrows('COMMISSIONING.MONTH_BEFORE_COMPLETION');
    expect(error.extensions).toEqual({ completedOn: '2026-01-20' });
  });

  it('refuses reports before construction is completed, and for an unknown project', () => {
    spec
      .given([learned])
      .when(report('2026-01', { output: 0, mainBusinessRevenue: 0 }))
      .thenThrows('COMMISSIONING.CONSTRUCTION_NOT_COMPLETED');
    spec.given([]).when(report('2026-01')).thenThrows('COMMISSIONING.NOT_FOUND');
  });
});
