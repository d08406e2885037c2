import { assertNever, canonicalJson, type Aggregate, type Decider } from '@ia/kernel';
import { catalogErrors } from '../errors';
import { DEFAULT_INCENTIVES, type IncentiveTerms, type WaiverPeriod } from '../incentives/terms';

export type CatalogCommand =
  | { readonly type: 'DefineIncentive'; readonly data: { readonly terms: IncentiveTerms } }
  | { readonly type: 'RetireIncentive'; readonly data: { readonly code: string } };

export type CatalogEvent =
  | { readonly type: 'IncentiveCatalogSeeded'; readonly data: { readonly incentives: readonly IncentiveTerms[] } }
  | { readonly type: 'IncentiveDefined'; readonly data: { readonly terms: IncentiveTerms } }
  | { readonly type: 'IncentiveRetired'; readonly data: { readonly code: string } };

export type CatalogState = { readonly seeded: false } | { readonly seeded: true; readonly incentives: readonly IncentiveTerms[] };

/** A park that never edited its catalog offers the default; its first edit records that default as the starting point. */
export function incentivesOf(state: CatalogState): readonly IncentiveTerms[] {
  return state.seeded ? state.incentives : DEFAULT_INCENTIVES;
}

export const catalogDecider: Decider<CatalogCommand, CatalogEvent, CatalogState> = {
  initialState: { seeded: false },
  decide(command, state) {
    const seed: CatalogEvent[] = state.seeded ? [] : [{ type: 'IncentiveCatalogSeeded', data: { incentives: DEFAULT_INCENTIVES } }];
    const current = incentivesOf(state);
    switch (command.type) {
      case 'DefineIncentive': {
        const { terms } = command.data;
        if (terms.kind === 'rent_waiver') checkPeriods(terms.periods);
        const existing = current.find((incentive) => incentive.code === terms.code);
        if (existing && canonicalJson(existing) === canonicalJson(terms)) return [];
        return [...seed, { type: 'IncentiveDefined', data: { terms } }];
      }
      case 'RetireIncentive':
        if (!current.some((incentive) => incentive.code === command.data.code)) throw catalogErrors.incentiveNotFound(command.data.code);
        return [...seed, { type: 'IncentiveRetired', data: command.data }];
      default:
        return assertNever(command);
    }
  },
  evolve(state, event) {
    const current = incentivesOf(state);
    switch (event.type) {
      case 'IncentiveCatalogSeeded':
        return { seeded: true, incentives: event.data.incentives };
      case 'IncentiveDefined': {
        const { terms } = event.data;
        const replaced = current.some((incentive) => incentive.code === terms.code);
        const incentives = replaced ? current.map((incentive) => (incentive.code === terms.code ? terms : incentive)) : [...current, terms];
        return { seeded: true, incentives };
      }
      case 'IncentiveRetired':
        return { seeded: true, incentives: current.filter((incentive) => incentive.code !== event.data.code) };
      default:
        return assertNever(event);
    }
  },
};

/** Years must run 1, 2, 3… without gaps or overlaps, each period waiving 1–100 %. */
function checkPeriods(periods: readonly WaiverPeriod[]): void {
  let nextYear = 1;
  for (const period of periods) {
    if (period.fromYear !== nextYear)
      throw catalogErrors.invalidPeriods(`A period should start in year ${nextYear}, not ${period.fromYear}`);
    if (period.toYear < period.fromYear) throw catalogErrors.invalidPeriods(`Year ${period.toYear} is before year ${period.fromYear}`);
    if (period.waivedPercent < 1 || period.waivedPercent > 100)
      throw catalogErrors.invalidPeriods(`${period.waivedPercent} % is not between 1 and 100`);
    nextYear = period.toYear + 1;
  }
  if (nextYear === 1) throw catalogErrors.invalidPeriods('A rent waiver needs at least one period');
}

export const catalogAggregate: Aggregate<CatalogCommand, CatalogEvent, CatalogState> = {
  decider: catalogDecider,
  correlate: () => ({}),
};

export function catalogStream(parkId: string): string {
  return `incentivecatalog-${parkId}`;
}
