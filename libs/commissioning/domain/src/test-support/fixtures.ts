import type { CommissioningEvent, MonthlyFigures } from '../commissioning/events';

export const PROJECT_ID = '01960000-0000-7000-8000-000000000001';
export const TODAY = '2026-12-31';

/** 90 mu exactly (60 000 m²), 15万元/亩 of tax promised: 13.5 million yuan of tax a year meets it. */
export const COMMITMENTS = {
  totalInvestment: 300_000_000,
  fixedAssetInvestment: 240_000_000,
  landAreaSquareMetres: 60_000,
  jobs: 300,
  taxPerMu: 150_000,
  monthsToProduction: 18,
};

export const PROJECT = {
  agreementId: 'agreement-1',
  parkId: 'park-xiangxiang',
  projectName: '年产5万套医疗器械生产线项目',
  enterpriseName: '湘乡华康医疗器械有限公司',
  signedOn: '2025-03-18',
};

export function learnedFor(projectId: string, project: Partial<typeof PROJECT> = {}): CommissioningEvent {
  return { type: 'CommitmentsLearned', data: { projectId, project: { ...PROJECT, ...project }, commitments: COMMITMENTS } };
}

export function openedFor(projectId: string): CommissioningEvent {
  return { type: 'CommissioningOpened', data: { projectId, constructionStartedOn: '2025-05-06', completedOn: '2026-01-20' } };
}

export const learned = learnedFor(PROJECT_ID);
export const opened = openedFor(PROJECT_ID);
export const debugging: CommissioningEvent = { type: 'EquipmentDebuggingStarted', data: { startedOn: '2026-01-22' } };
export const trial: CommissioningEvent = { type: 'TrialProductionStarted', data: { startedOn: '2026-01-28' } };
export const fullProduction: CommissioningEvent = { type: 'FullProductionStarted', data: { startedOn: '2026-04-01' } };
export const fullCapacity: CommissioningEvent = { type: 'FullCapacityReached', data: { reachedOn: '2026-09-30' } };

export function figures(overrides: Partial<MonthlyFigures> = {}): MonthlyFigures {
  return { output: 2_500_000, mainBusinessRevenue: 2_000_000, tax: 150_000, jobs: 180, investmentCompleted: 260_000_000, ...overrides };
}

export function reported(month: string, overrides: Partial<MonthlyFigures> = {}): CommissioningEvent {
  return { type: 'MonthReported', data: { month, figures: figures(overrides) } };
}

/** Twelve months of 2026 with the given revenue each month. */
export function yearOfReports(monthlyRevenue: number, overrides: Partial<MonthlyFigures> = {}): CommissioningEvent[] {
  return Array.from({ length: 12 }, (_, index) =>
    reported(`2026-${String(index + 1).padStart(2, '0')}`, { mainBusinessRevenue: monthlyRevenue, ...overrides }),
  );
}
