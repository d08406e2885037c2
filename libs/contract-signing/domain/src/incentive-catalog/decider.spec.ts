import { deciderSpec } from '@ia/testing';
import { DEFAULT_INCENTIVES, type IncentiveTerms } from '../incentives/terms';
import { catalogAggregate, catalogDecider, catalogStream, incentivesOf } from './decider';

const spec = deciderSpec(catalogDecider);
const seeded = { type: 'IncentiveCatalogSeeded' as const, data: { incentives: DEFAULT_INCENTIVES } };
const talentReward: IncentiveTerms = {
  kind: 'investment_reward',
  code: 'big-project-reward',
  name: '重大项目奖励',
  rateBasisPoints: 300,
  threshold: 100_000_000,
  cap: 10_000_000,
};
const rentWaiver = (periods: Array<{ fromYear: number; toYear: number; waivedPercent: number }>): IncentiveTerms => ({
  kind: 'rent_waiver',
  code: 'two-free-three-half',
  name: '两免三减半',
  rentPerSquareMetrePerYear: 120,
  periods,
});

describe('the incentive catalog of a park', () => {
  it('offers the default catalog until an administrator edits it', () => {
    expect(incentivesOf(spec.given([]).state()).map((incentive) => incentive.code)).toEqual([
      'three-free-two-half',
      'fixed-asset-reward',
      'free-premises',
    ]);
  });

  it('records the default as the starting point of the first edit', () => {
    spec
      .given([])
      .when({ type: 'DefineIncentive', data: { terms: talentReward } })
      .then([seeded, { type: 'IncentiveDefined', data: { terms: talentReward } }]);
    const state = spec.given([seeded, { type: 'IncentiveDefined', data: { terms: talentReward } }]).state();
    expect(incentivesOf(state)).toHaveLength(4);
  });

  it('replaces an incentive with the same code, and ignores an identical one', () => {
    const changed = { ...DEFAULT_INCENTIVES[1]!, cap: 8_000_000 } as IncentiveTerms;
    spec
      .given([seeded])
      .when({ type: 'DefineIncentive', data: { terms: changed } })
      .then([{ type: 'IncentiveDefined', data: { terms: changed } }]);
    expect(incentivesOf(spec.given([seeded, { type: 'IncentiveDefined', data: { terms: changed } }]).state())[1]).toEqual(changed);
    spec
      .given([seeded])
      .when({ type: 'DefineIncentive', data: { terms: DEFAULT_INCENTIVES[1]! } })
      .then([]);
  });

  it('accepts waiver periods that run on from year 1', () => {
    const terms = rentWaiver([
      { fromYear: 1, toYear: 2, waivedPercent: 100 },
      { fromYear: 3, toYear: 5, waivedPercent: 50 },
    ]);
    spec
      .given([seeded])
      .when({ type: 'DefineIncentive', data: { terms } })
      .then([{ type: 'IncentiveDefined', data: { terms } }]);
  });

  it('refuses waiver periods with gaps, overlaps, reversed years, odd percentages or none at all', () => {
    const define = (periods: Array<{ fromYear: number; toYear: number; waivedPercent: number }>) => ({
      type: 'DefineIncentive' as const,
      data: { terms: rentWaiver(periods) },
    });
    spec
      .given([seeded])
      .when(define([{ fromYear: 2, toYear: 3, waivedPercent: 100 }]))
      .thenThrows('CATALOG.INVALID_PERIODS');
    spec
      .given([seeded])
      .when(
        define([
          { fromYear: 1, toYear: 3, waivedPercent: 100 },
          { fromYear: 3, toYear: 5, waivedPercent: 50 },
        ]),
      )
      .thenThrows('CATALOG.INVALID_PERIODS');
    spec
      .given([seeded])
      .when(define([{ fromYear: 1, toYear: 0, waivedPercent: 100 }]))
      .thenThrows('CATALOG.INVALID_PERIODS');
    spec
      .given([seeded])
      .when(define([{ fromYear: 1, toYear: 3, waivedPercent: 0 }]))
      .thenThrows('CATALOG.INVALID_PERIODS');
    spec.given([seeded]).when(define([])).thenThrows('CATALOG.INVALID_PERIODS');
  });

  it('retires an incentive, seeding the default first when needed', () => {
    const retired = { type: 'IncentiveRetired' as const, data: { code: 'free-premises' } };
    spec
      .given([])
      .when({ type: 'RetireIncentive', data: { code: 'free-premises' } })
      .then([seeded, retired]);
    spec
      .given([seeded])
      .when({ type: 'RetireIncentive', data: { code: 'free-premises' } })
      .then([retired]);
    expect(incentivesOf(spec.given([seeded, retired]).state()).map((incentive) => incentive.code)).toEqual([
      'three-free-two-half',
      'fixed-asset-reward',
    ]);
  });

  it('refuses to retire an incentive it does not hold', () => {
    spec
      .given([seeded])
      .when({ type: 'RetireIncentive', data: { code: 'golden-handshake' } })
      .thenThrows('INCENTIVE.NOT_FOUND');
  });

  it('is one stream per park, belonging to no project', () => {
    expect(catalogStream('park-east')).toBe('incentivecatalog-park-east');
    expect(catalogAggregate.correlate(spec.given([seeded]).state(), seeded)).toEqual({});
  });
});
