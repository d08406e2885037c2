import { amount, nested, text, type Data } from './fields';
import type { MonthFigures, ProductionPhase, ProductionSnapshot, ProjectState } from './project-state';

type Change = (state: ProjectState, data: Data) => ProjectState;

const TRAILING_MONTHS = 12;

type PhaseDate = keyof Pick<
  ProductionSnapshot,
  'equipmentDebuggingOn' | 'trialProductionOn' | 'partialProductionOn' | 'fullProductionOn' | 'fullCapacityOn'
>;

const phase =
  (stage: ProductionPhase, dateKey: PhaseDate, dataKey = 'startedOn'): Change =>
  (state, data) => {
    const on = text(data, dataKey);
    // A later line in partial production keeps the date of the first one.
    const keep = dateKey === 'partialProductionOn' && state.production.partialProductionOn !== undefined;
    return { ...state, production: { ...state.production, stage, ...(on !== undefined && !keep && { [dateKey]: on }) } };
  };

function monthNumber(month: string): number {
  return Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
}

/** Main-business revenue of the twelve months that end with the latest report; a month not reported counts as nothing. */
export function trailingRevenueOf(reports: readonly MonthFigures[]): number | undefined {
  const latest = reports.at(-1);
  if (latest === undefined) return undefined;
  const last = monthNumber(latest.month);
  return reports
    .filter((report) => monthNumber(report.month) > last - TRAILING_MONTHS)
    .reduce((total, report) => total + report.mainBusinessRevenue, 0);
}

const reported: Change = (state, data) => {
  const month = text(data, 'month');
  if (month === undefined) return state;
  const figures = nested(data, 'figures');
  const report: MonthFigures = {
    month,
    output: amount(figures, 'output') ?? 0,
    mainBusinessRevenue: amount(figures, 'mainBusinessRevenue') ?? 0,
    tax: amount(figures, 'tax') ?? 0,
    jobs: amount(figures, 'jobs') ?? 0,
    investmentCompleted: amount(figures, 'investmentCompleted') ?? 0,
  };
  const reports = [...state.production.reports.filter((existing) => existing.month !== month), report].sort((left, right) =>
    left.month.localeCompare(right.month),
  );
  const trailingRevenue = trailingRevenueOf(reports);
  return { ...state, production: { ...state.production, reports, ...(trailingRevenue !== undefined && { trailingRevenue }) } };
};

/** Commissioning (投产) and above-scale entry (达规纳统). */
export const PRODUCTION_CHANGES: Readonly<Record<string, Change>> = {
  EquipmentDebuggingStarted: phase('equipment_debugging', 'equipmentDebuggingOn'),
  TrialProductionStarted: phase('trial_production', 'trialProductionOn'),
  PartialProductionStarted: phase('partial_production', 'partialProductionOn'),
  FullProductionStarted: phase('full_production', 'fullProductionOn'),
  FullCapacityReached: phase('full_capacity', 'fullCapacityOn', 'reachedOn'),
  MonthReported: reported,
  MonthCorrected: reported,
  StatisticsEntered: (state, data) => {
    const enteredOn = text(data, 'enteredOn');
    if (enteredOn === undefined) return state;
    const aboveScale = { enteredOn, trailingRevenue: amount(data, 'trailingRevenue') ?? 0, threshold: amount(data, 'threshold') ?? 0 };
    return { ...state, production: { ...state.production, aboveScale } };
  },
};
