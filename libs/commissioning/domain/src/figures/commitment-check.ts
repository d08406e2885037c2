import type { Commitments, CommittedFigure, FigureCheck } from '../commissioning/events';
import type { MonthlyReport } from '../commissioning/state';
import { trailingTax } from './trailing';

// 1 mu is exactly 2000/3 m²: dividing by the rounded 666.67 m² would drift on large parcels.
const SQUARE_METRES_PER_MU_NUMERATOR = 2000;
const SQUARE_METRES_PER_MU_DENOMINATOR = 3;

/** Annual tax per mu in whole yuan; null without a land area to divide by. */
export function taxPerMu(annualTax: number, landAreaSquareMetres: number): number | null {
  if (!(landAreaSquareMetres > 0)) return null;
  return Math.round((annualTax * SQUARE_METRES_PER_MU_NUMERATOR) / (landAreaSquareMetres * SQUARE_METRES_PER_MU_DENOMINATOR));
}

/**
 * Commitments against the latest figures: investment completed and jobs as last reported, tax per mu from
 * the tax of the twelve months up to the latest report.
 */
export function checkCommitments(commitments: Commitments, reports: readonly MonthlyReport[]): FigureCheck[] {
  const latest = reports.at(-1)?.figures;
  return [
    figureCheck('investment', commitments.totalInvestment, latest?.investmentCompleted ?? 0),
    figureCheck('jobs', commitments.jobs, latest?.jobs ?? 0),
    figureCheck('tax_per_mu', commitments.taxPerMu, taxPerMu(trailingTax(reports), commitments.landAreaSquareMetres)),
  ];
}

function figureCheck(figure: CommittedFigure, committed: number, actual: number | null): FigureCheck {
  return { figure, committed, actual, shortfall: actual === null ? null : Math.max(0, committed - actual) };
}
