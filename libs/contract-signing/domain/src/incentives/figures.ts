import { assertNever } from '@ia/kernel';
import type { Commitments } from '@ia/contracts';
import type { Yuan } from '@ia/reference';
import type { FreePremisesTerms, IncentiveTerms, InvestmentRewardTerms, Premises, RentWaiverTerms } from './terms';

const BASIS_POINTS = 10_000;
const HUNDREDTHS = 100;

export interface RentWaiverYear {
  readonly year: number;
  readonly rent: Yuan;
  readonly waivedPercent: number;
  readonly waived: Yuan;
}

export type IncentiveFigures =
  | {
      readonly kind: 'rent_waiver';
      readonly factoryAreaSquareMetres: number;
      readonly annualRent: Yuan;
      readonly years: readonly RentWaiverYear[];
      readonly totalWaived: Yuan;
    }
  | { readonly kind: 'investment_reward'; readonly fixedAssetInvestment: Yuan; readonly reward: Yuan }
  | { readonly kind: 'free_premises'; readonly premises: readonly Premises[]; readonly years: number };

/** Whole yuan, half up; the area counts in hundredths of m² so that no binary fraction tips the rounding. */
export function annualRent(rentPerSquareMetrePerYear: Yuan, areaSquareMetres: number): Yuan {
  return Math.round((rentPerSquareMetrePerYear * Math.round(areaSquareMetres * HUNDREDTHS)) / HUNDREDTHS);
}

export function rentWaiverSchedule(terms: RentWaiverTerms, factoryAreaSquareMetres: number): IncentiveFigures {
  const rent = annualRent(terms.rentPerSquareMetrePerYear, factoryAreaSquareMetres);
  const years = terms.periods.flatMap((period) =>
    Array.from({ length: period.toYear - period.fromYear + 1 }, (_, index) => ({
      year: period.fromYear + index,
      rent,
      waivedPercent: period.waivedPercent,
      waived: Math.round((rent * period.waivedPercent) / 100),
    })),
  );
  const totalWaived = years.reduce((sum, year) => sum + year.waived, 0);
  return { kind: 'rent_waiver', factoryAreaSquareMetres, annualRent: rent, years, totalWaived };
}

/** Split so that the product never leaves the safe integers: floor(excess × rate / 10 000), exactly. */
export function cappedReward(terms: InvestmentRewardTerms, fixedAssetInvestment: Yuan): Yuan {
  const excess = Math.max(0, fixedAssetInvestment - terms.threshold);
  const whole = Math.floor(excess / BASIS_POINTS) * terms.rateBasisPoints;
  const rest = Math.floor(((excess % BASIS_POINTS) * terms.rateBasisPoints) / BASIS_POINTS);
  return Math.min(terms.cap, whole + rest);
}

function freePremises(terms: FreePremisesTerms): IncentiveFigures {
  return { kind: 'free_premises', premises: terms.premises, years: terms.years };
}

export function figuresOf(terms: IncentiveTerms, commitments: Commitments, factoryAreaSquareMetres: number): IncentiveFigures {
  switch (terms.kind) {
    case 'rent_waiver':
      return rentWaiverSchedule(terms, factoryAreaSquareMetres);
    case 'investment_reward':
      return {
        kind: 'investment_reward',
        fixedAssetInvestment: commitments.fixedAssetInvestment,
        reward: cappedReward(terms, commitments.fixedAssetInvestment),
      };
    case 'free_premises':
      return freePremises(terms);
    default:
      return assertNever(terms);
  }
}
