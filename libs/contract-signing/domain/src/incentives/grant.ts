import type { Commitments } from '@ia/contracts';
import { agreementErrors } from '../errors';
import { figuresOf, type IncentiveFigures } from './figures';
import type { IncentiveTerms } from './terms';

/** An incentive as the agreement chooses it from the catalog. */
export interface IncentiveChoice {
  readonly code: string;
  /** Required by a rent waiver: the standard-factory area rented. */
  readonly factoryAreaSquareMetres?: number;
}

/** An incentive as granted: the catalog's terms as they were, and the figures computed from them. */
export interface GrantedIncentive {
  readonly code: string;
  readonly terms: IncentiveTerms;
  readonly factoryAreaSquareMetres?: number;
  readonly figures: IncentiveFigures;
}

export function grantIncentives(
  choices: readonly IncentiveChoice[],
  catalog: readonly IncentiveTerms[],
  commitments: Commitments,
): GrantedIncentive[] {
  const seen = new Set<string>();
  return choices.map((choice) => {
    if (seen.has(choice.code)) throw agreementErrors.incentiveChosenTwice(choice.code);
    seen.add(choice.code);
    const terms = catalog.find((candidate) => candidate.code === choice.code);
    if (!terms) throw agreementErrors.incentiveNotInCatalog(choice.code);
    return grant(terms, choice.factoryAreaSquareMetres, commitments);
  });
}

/** After signing, the terms stay as signed and only the figures follow changed commitments. */
export function refigureIncentives(granted: readonly GrantedIncentive[], commitments: Commitments): GrantedIncentive[] {
  return granted.map((incentive) => grant(incentive.terms, incentive.factoryAreaSquareMetres, commitments));
}

export function choicesOf(granted: readonly GrantedIncentive[]): IncentiveChoice[] {
  return granted.map((incentive) => ({
    code: incentive.code,
    ...(incentive.factoryAreaSquareMetres !== undefined && { factoryAreaSquareMetres: incentive.factoryAreaSquareMetres }),
  }));
}

function grant(terms: IncentiveTerms, factoryAreaSquareMetres: number | undefined, commitments: Commitments): GrantedIncentive {
  if (terms.kind === 'rent_waiver' && factoryAreaSquareMetres === undefined) throw agreementErrors.factoryAreaRequired(terms.code);
  return {
    code: terms.code,
    terms,
    ...(factoryAreaSquareMetres !== undefined && terms.kind === 'rent_waiver' && { factoryAreaSquareMetres }),
    figures: figuresOf(terms, commitments, factoryAreaSquareMetres ?? 0),
  };
}
