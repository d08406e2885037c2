import { deciderSpec } from '@ia/testing';
import { debugging, fullCapacity, fullProduction, learned, opened, reported, TODAY, trial, yearOfReports } from '../test-support/fixtures';
import { commissioningDecider } from './decider';

const spec = deciderSpec(commissioningDecider);
const THRESHOLD = 20_000_000;
const enter = (enteredOn = '2026-12-31', threshold = THRESHOLD) =>
  ({ type: 'RecordStatisticsEntry', data: { enteredOn, threshold, today: TODAY } }) as const;
const check = (checkpoint: 'completion' | 'full_capacity', checkedOn = '2026-12-31') =>
  ({ type: 'CheckCommitments', data: { checkpoint, checkedOn, today: TODAY } }) as const;
const producing = [learned, opened, debugging, trial];

describe('entry into the statistics of above-scale industry (达规纳统)', () => {
  it('records the entry of a firm whose trailing twelve-month revenue reaches the threshold', () => {
    spec
      .given([...producing, ...yearOfReports(1_700_000)])
      .when(enter())
      .then([{ type: 'StatisticsEntered', data: { enteredOn: '2026-12-31', trailingRevenue: 20_400_000, threshold: THRESHOLD } }]);
  });

  it('refuses a firm below the threshold, naming its revenue', () => {
    const error = spec
      .given([...producing, ...yearOfReports(1_600_000)])
      .when(enter())
      .thenThrows('COMMISSIONING.BELOW_THRESHOLD');
    expect(error.extensions).toEqual({ trailingRevenue: 19_200_000, threshold: THRESHOLD });
    spec
      .given([...producing, ...yearOfReports(1_600_000)])
      .when(enter('2026-12-31', 19_000_000))
      .then([{ type: 'StatisticsEntered', data: { enteredOn: '2026-12-31', trailingRevenue: 19_200_000, threshold: 19_000_000 } }]);
  });

  it('counts only the twelve months up to the latest report', () => {
    const thirteenMonths = [
      reported('2026-01', { mainBusinessRevenue: 5_000_000 }),
      ...yearOfReports(1_600_000).slice(1),
      reported('2027-01', { mainBusinessRevenue: 1_600_000 }),
    ];
    spec
      .given([...producing, ...thirteenMonths])
      .when({ type: 'RecordStatisticsEntry', data: { enteredOn: '2027-01-31', threshold: THRESHOLD, today: '2027-02-01' } })
      .thenThrows('COMMISSIONING.BELOW_THRESHOLD');
  });

  it('refuses a second entry, a date in the future and one before completion', () => {
    const entered = {
      type: 'StatisticsEntered',
      data: { enteredOn: '2026-12-31', trailingRevenue: 20_400_000, threshold: THRESHOLD },
    } as const;
    spec
      .given([...producing, ...yearOfReports(1_700_000), entered])
      .when(enter())
      .thenThrows('COMMISSIONING.ALREADY_ENTERED');
    spec
      .given([...producing, ...yearOfReports(1_700_000)])
      .when({ type: 'RecordStatisticsEntry', data: { enteredOn: '2027-01-04', threshold: THRESHOLD, today: TODAY } })
      .thenThrows('COMMISSIONING.DATE_IN_FUTURE');
    spec
      .given([...producing, ...yearOfReports(1_700_000)])
      .when(enter('2026-01-19'))
      .thenThrows('COMMISSIONING.DATE_BEFORE_PREVIOUS_MILESTONE');
    spec.given([learned]).when(enter()).thenThrows('COMMISSIONING.CONSTRUCTION_NOT_COMPLETED');
  });
});

describe('commitments checked against actual figures', () => {
  it('checks at completion with each figure’s shortfall', () => {
    const reports = [reported('2026-01', { tax: 600_000, jobs: 210, investmentCompleted: 270_000_000 })];
    spec
      .given([...producing, ...reports])
      .when(check('completion', '2026-02-15'))
      .then([
        {
          type: 'CommitmentsChecked',
          data: {
            checkpoint: 'completion',
            checkedOn: '2026-02-15',
            figures: [
              { figure: 'investment', committed: 300_000_000, actual: 270_000_000, shortfall: 30_000_000 },
              { figure: 'jobs', committed: 300, actual: 210, shortfall: 90 },
              { figure: 'tax_per_mu', committed: 150_000, actual: 6_667, shortfall: 143_333 },
            ],
          },
        },
      ]);
  });

  it('checks at full capacity over a year of tax, with no shortfall when the commitments are met', () => {
    const year = yearOfReports(1_700_000, { tax: 1_125_000, jobs: 320, investmentCompleted: 305_000_000 });
    const [event] = spec
      .given([...producing, fullProduction, fullCapacity, ...year])
      .when(check('full_capacity'))
      .events();
    expect(event).toEqual({
      type: 'CommitmentsChecked',
      data: {
        checkpoint: 'full_capacity',
        checkedOn: '2026-12-31',
        figures: [
          { figure: 'investment', committed: 300_000_000, actual: 305_000_000, shortfall: 0 },
          { figure: 'jobs', committed: 300, actual: 320, shortfall: 0 },
          { figure: 'tax_per_mu', committed: 150_000, actual: 150_000, shortfall: 0 },
        ],
      },
    });
  });

  it('refuses a check without commitments, before full capacity, twice, or with nothing reported', () => {
    const reports = [reported('2026-01')];
    spec
      .given([opened, debugging, trial, ...reports])
      .when(check('completion'))
      .thenThrows('COMMISSIONING.COMMITMENTS_UNKNOWN');
    spec
      .given([...producing, fullProduction, ...reports])
      .when(check('full_capacity'))
      .thenThrows('COMMISSIONING.NOT_AT_FULL_CAPACITY');
    spec
      .given([...producing])
      .when(check('completion'))
      .thenThrows('COMMISSIONING.NOTHING_REPORTED');
    const checked = { type: 'CommitmentsChecked', data: { checkpoint: 'completion', checkedOn: '2026-02-15', figures: [] } } as const;
    spec
      .given([...producing, ...reports, checked])
      .when(check('completion'))
      .thenThrows('COMMISSIONING.ALREADY_CHECKED');
    spec
      .given([...producing, fullProduction, fullCapacity, ...reports])
      .when(check('full_capacity', '2026-09-29'))
      .thenThrows('COMMISSIONING.DATE_BEFORE_PREVIOUS_MILESTONE');
    spec
      .given([...producing, ...reports])
      .when({ type: 'CheckCommitments', data: { checkpoint: 'completion', checkedOn: '2026-03-03', today: '2026-03-02' } })
      .thenThrows('COMMISSIONING.DATE_IN_FUTURE');
  });
});
