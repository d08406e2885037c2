import type { Yuan } from '@ia/reference';
import type { MonthlyFigures } from '../commissioning/events';
import type { MonthlyReport } from '../commissioning/state';
import { windowEndingAt } from './months';

export const TRAILING_MONTHS = 12;

/** The sum over the twelve months that end with the latest report; a month not reported counts as nothing. */
export function trailingTotal(reports: readonly MonthlyReport[], pick: (figures: MonthlyFigures) => number): number {
  const latest = reports.at(-1);
  if (!latest) return 0;
  const window = new Set(windowEndingAt(latest.month, TRAILING_MONTHS));
  return reports.filter((report) => window.has(report.month)).reduce((sum, report) => sum + pick(report.figures), 0);
}

export function trailingRevenue(reports: readonly MonthlyReport[]): Yuan {
  return trailingTotal(reports, (figures) => figures.mainBusinessRevenue);
}

export function trailingTax(reports: readonly MonthlyReport[]): Yuan {
  return trailingTotal(reports, (figures) => figures.tax);
}
