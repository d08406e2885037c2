import type { CommittedFigures, ConstructionSnapshot, ProductionSnapshot } from '../state/project-state';

export type CommittedFigureName = 'investment' | 'jobs' | 'tax_per_mu';

export interface CommitmentFigure {
  readonly figure: CommittedFigureName;
  readonly committed: number;
  /** Null until something was reported to measure it by. */
  readonly actual: number | null;
  readonly shortfall: number | null;
  readonly met: boolean | null;
}

const TRAILING_MONTHS = 12;
// 1 mu is exactly 2000/3 m²: dividing by a rounded 666.67 m² would drift on large parcels.
const SQUARE_METRES_PER_MU_NUMERATOR = 2000;
const SQUARE_METRES_PER_MU_DENOMINATOR = 3;

function monthNumber(month: string): number {
  return Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
}

/** Annual tax per mu in whole yuan: the tax of the twelve months up to the latest report over the committed land area. */
export function taxPerMuOf(production: ProductionSnapshot, landAreaSquareMetres: number): number | null {
  const latest = production.reports.at(-1);
  if (latest === undefined || !(landAreaSquareMetres > 0)) return null;
  const last = monthNumber(latest.month);
  const tax = production.reports
    .filter((report) => monthNumber(report.month) > last - TRAILING_MONTHS)
    .reduce((total, report) => total + report.tax, 0);
  return Math.round((tax * SQUARE_METRES_PER_MU_NUMERATOR) / (landAreaSquareMetres * SQUARE_METRES_PER_MU_DENOMINATOR));
}

/** Investment as last reported in production, else the months reported during construction added up. */
export function investmentOf(construction: ConstructionSnapshot, production: ProductionSnapshot): number | null {
  const latest = production.reports.at(-1);
  if (latest !== undefined) return latest.investmentCompleted;
  if (construction.investment.length === 0) return null;
  return construction.investment.reduce((total, month) => total + month.completedYuan, 0);
}

function figure(name: CommittedFigureName, committed: number, actual: number | null): CommitmentFigure {
  return {
    figure: name,
    committed,
    actual,
    shortfall: actual === null ? null : Math.max(0, committed - actual),
    met: actual === null ? null : actual >= committed,
  };
}

/** What the agreement promised against what was reported: investment, jobs and tax per mu. */
export function commitmentFigures(
  committed: CommittedFigures,
  construction: ConstructionSnapshot,
  production: ProductionSnapshot,
): CommitmentFigure[] {
  return [
    figure('investment', committed.totalInvestment, investmentOf(construction, production)),
    figure('jobs', committed.jobs, production.reports.at(-1)?.jobs ?? null),
    figure('tax_per_mu', committed.taxPerMu, taxPerMuOf(production, committed.landAreaSquareMetres)),
  ];
}
