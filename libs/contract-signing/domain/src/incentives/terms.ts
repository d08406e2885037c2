import type { Yuan } from '@ia/reference';

export const PREMISES = ['office', 'apartment', 'parking'] as const;
export type Premises = (typeof PREMISES)[number];

/** Years `fromYear`..`toYear` (1-based, inclusive) of the rent waived at this percentage. */
export interface WaiverPeriod {
  readonly fromYear: number;
  readonly toYear: number;
  readonly waivedPercent: number;
}

/** Standard-factory rent waived by year, e.g. "three free, two half" (三免两减半). */
export interface RentWaiverTerms {
  readonly kind: 'rent_waiver';
  readonly code: string;
  readonly name: string;
  readonly rentPerSquareMetrePerYear: Yuan;
  readonly periods: readonly WaiverPeriod[];
}

/** A share of fixed-asset investment above a threshold, up to a cap. */
export interface InvestmentRewardTerms {
  readonly kind: 'investment_reward';
  readonly code: string;
  readonly name: string;
  /** Hundredths of a percent: 500 is 5 %. */
  readonly rateBasisPoints: number;
  readonly threshold: Yuan;
  readonly cap: Yuan;
}

/** Office, apartment or parking given free for some years. */
export interface FreePremisesTerms {
  readonly kind: 'free_premises';
  readonly code: string;
  readonly name: string;
  readonly premises: readonly Premises[];
  readonly years: number;
}

export type IncentiveTerms = RentWaiverTerms | InvestmentRewardTerms | FreePremisesTerms;

/** What a park offers until its administrator configures its own catalog. */
export const DEFAULT_INCENTIVES: readonly IncentiveTerms[] = [
  {
    kind: 'rent_waiver',
    code: 'three-free-two-half',
    name: '标准厂房租金三免两减半',
    rentPerSquareMetrePerYear: 144,
    periods: [
      { fromYear: 1, toYear: 3, waivedPercent: 100 },
      { fromYear: 4, toYear: 5, waivedPercent: 50 },
    ],
  },
  {
    kind: 'investment_reward',
    code: 'fixed-asset-reward',
    name: '固定资产投资奖励',
    rateBasisPoints: 500,
    threshold: 5_000_000,
    cap: 5_000_000,
  },
  {
    kind: 'free_premises',
    code: 'free-premises',
    name: '免费提供办公、公寓和停车',
    premises: ['office', 'apartment', 'parking'],
    years: 3,
  },
];
