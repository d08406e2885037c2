import { annualRent, cappedReward, figuresOf, rentWaiverSchedule } from './figures';
import { DEFAULT_INCENTIVES, type InvestmentRewardTerms, type RentWaiverTerms } from './terms';

const threeFreeTwoHalf = DEFAULT_INCENTIVES[0] as RentWaiverTerms;
const reward = DEFAULT_INCENTIVES[1] as InvestmentRewardTerms;
const commitments = {
  totalInvestment: 120_000_000,
  fixedAssetInvestment: 80_000_000,
  landAreaSquareMetres: 33_333.33,
  daysFromDeliveryToStart: 30,
  monthsToProduction: 18,
  jobs: 200,
  taxPerMu: 150_000,
};

describe('rent waiver schedule (三免两减半)', () => {
  it('waives the whole rent in years 1–3 and half in years 4–5', () => {
    expect(rentWaiverSchedule(threeFreeTwoHalf, 5_000)).toEqual({
      kind: 'rent_waiver',
      factoryAreaSquareMetres: 5_000,
      annualRent: 720_000,
      years: [
        { year: 1, rent: 720_000, waivedPercent: 100, waived: 720_000 },
        { year: 2, rent: 720_000, waivedPercent: 100, waived: 720_000 },
        { year: 3, rent: 720_000, waivedPercent: 100, waived: 720_000 },
        { year: 4, rent: 720_000, waivedPercent: 50, waived: 360_000 },
        { year: 5, rent: 720_000, waivedPercent: 50, waived: 360_000 },
      ],
      totalWaived: 2_880_000,
    });
  });

  it('rounds the rent of an area with decimals to whole yuan, half up, without binary drift', () => {
    expect(annualRent(145, 1_000.3)).toBe(145_044);
    expect(annualRent(144, 0.01)).toBe(1);
    const schedule = rentWaiverSchedule({ ...threeFreeTwoHalf, rentPerSquareMetrePerYear: 145 }, 1_000.3);
    expect(schedule.kind === 'rent_waiver' && schedule.years.map((year) => year.waived)).toEqual([
      145_044, 145_044, 145_044, 72_522, 72_522,
    ]);
  });
});

describe('capped reward on fixed-asset investment', () => {
  it('pays nothing up to the threshold', () => {
    expect(cappedReward(reward, 0)).toBe(0);
    expect(cappedReward(reward, 5_000_000)).toBe(0);
  });

  it('pays 5 % of what lies above 5 million yuan', () => {
    expect(cappedReward(reward, 80_000_000)).toBe(3_750_000);
    expect(cappedReward(reward, 5_000_019)).toBe(0);
    expect(cappedReward(reward, 5_000_020)).toBe(1);
  });

  it('stops at the cap of 5 million yuan', () => {
    expect(cappedReward(reward, 105_000_000)).toBe(5_000_000);
    expect(cappedReward(reward, 200_000_000)).toBe(5_000_000);
  });

  it('stays exact for amounts whose product would leave the safe integers', () => {
    const uncapped = { ...reward, cap: Number.MAX_SAFE_INTEGER, threshold: 0, rateBasisPoints: 9_999 };
    expect(cappedReward(uncapped, 9_007_199_254_740_991)).toBe(9_006_298_534_815_516);
  });
});

describe('figures of each kind of incentive', () => {
  it('takes the reward from the committed fixed-asset investment', () => {
    expect(figuresOf(reward, commitments, 0)).toEqual({ kind: 'investment_reward', fixedAssetInvestment: 80_000_000, reward: 3_750_000 });
  });

  it('lists the free premises and their years', () => {
    expect(figuresOf(DEFAULT_INCENTIVES[2]!, commitments, 0)).toEqual({
      kind: 'free_premises',
      premises: ['office', 'apartment', 'parking'],
      years: 3,
    });
  });
});
