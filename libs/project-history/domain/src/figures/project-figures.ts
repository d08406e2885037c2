import { calendarDaysBetween, type WorkingCalendar } from '@ia/reference';
import type { ApprovalSnapshot, ProjectStage, ProjectState } from '../state/project-state';
import { commitmentFigures, type CommitmentFigure } from './commitment-figures';

const REGISTRATION_ITEMS = ['business_registration', 'tax_registration'] as const;

export interface RegistrationFigure {
  readonly signedOn: string;
  readonly items: ReadonlyArray<{ readonly code: string; readonly grantedOn?: string; readonly workingDays?: number }>;
  /** 签约即注册: both registrations granted on the signing day itself. */
  readonly onSigningDay: boolean;
}

export interface ApprovalFigure {
  readonly itemId: string;
  readonly code: string;
  readonly name: string;
  readonly status: ApprovalSnapshot['status'];
  readonly limitDays: number;
  readonly startedOn?: string;
  /** The day it closed, or today for an item still running. */
  readonly countedTo?: string;
  readonly workingDays?: number;
  readonly pausedDays: number;
  readonly overLimitDays: number;
  readonly withinLimit?: boolean;
}

export type DeferredOutcome = 'on_time' | 'late' | 'missing' | 'awaited';

export interface DeferredFigure {
  readonly itemCode: string;
  readonly materialCode: string;
  readonly promisedOn: string;
  readonly suppliedOn?: string;
  readonly outcome: DeferredOutcome;
}

export interface StartOfWorkFigure {
  readonly landDeliveredOn?: string;
  readonly constructionPermitOn?: string;
  readonly startedOn?: string;
  readonly deliveryToPermitDays?: number;
  readonly permitToStartDays?: number;
  readonly deliveryToStartDays?: number;
}

export interface ConstructionFigure {
  readonly startToToppedOutDays?: number;
  readonly toppedOutToCompletionDays?: number;
  readonly completionToTrialProductionDays?: number;
  readonly completionToProductionDays?: number;
  readonly startToProductionDays?: number;
}

/** The auditor's key figures of one project; every number is counted from the dates shown beside it. */
export interface ProjectFigures {
  readonly projectId: string;
  readonly stage: ProjectStage;
  readonly asOf: string;
  readonly registration?: RegistrationFigure;
  readonly approvals: readonly ApprovalFigure[];
  readonly deferredMaterials: readonly DeferredFigure[];
  readonly startOfWork: StartOfWorkFigure;
  readonly construction: ConstructionFigure;
  readonly commitments: readonly CommitmentFigure[];
}

function days(from: string | undefined, to: string | undefined): number | undefined {
  return from === undefined || to === undefined ? undefined : calendarDaysBetween(from, to);
}

function registrationFigure(state: ProjectState, calendar: WorkingCalendar): RegistrationFigure | undefined {
  const signedOn = state.project?.signedOn;
  if (signedOn === undefined) return undefined;
  const items = REGISTRATION_ITEMS.map((code) => {
    const grantedOn = state.approvals.find((item) => item.code === code && item.grantedOn !== undefined)?.grantedOn;
    return grantedOn === undefined ? { code } : { code, grantedOn, workingDays: calendar.workingDaysBetween(signedOn, grantedOn).days };
  });
  return { signedOn, items, onSigningDay: items.every((item) => item.grantedOn === signedOn) };
}

/** Working days from acceptance (or from opening, for a deadline fixed then) to the close, less the days suspended. */
export function approvalFigure(item: ApprovalSnapshot, calendar: WorkingCalendar, today: string): ApprovalFigure {
  const base = { itemId: item.itemId, code: item.code, name: item.name, status: item.status, limitDays: item.limitDays };
  const startedOn = item.acceptedOn ?? (item.dueOn !== undefined ? item.openedOn : undefined);
  if (startedOn === undefined || item.status === 'waived') return { ...base, pausedDays: 0, overLimitDays: 0 };
  const end = item.closedOn ?? (today < startedOn ? startedOn : today);
  const pausedDays = item.suspensions.reduce((total, suspension) => {
    const until = suspension.resumedOn !== undefined && suspension.resumedOn < end ? suspension.resumedOn : end;
    return total + Math.max(0, calendar.workingDaysBetween(suspension.suspendedOn, until).days);
  }, 0);
  const workingDays = Math.max(0, calendar.workingDaysBetween(startedOn, end).days - pausedDays);
  const overLimitDays = Math.max(0, workingDays - item.limitDays);
  return { ...base, startedOn, countedTo: end, workingDays, pausedDays, overLimitDays, withinLimit: overLimitDays === 0 };
}

/** Each tolerated deficiency (容缺): supplied by the promised date, late, or not supplied once the date has passed. */
export function deferredFigures(items: readonly ApprovalSnapshot[], today: string): DeferredFigure[] {
  return items.flatMap((item) =>
    item.deficiencies.map((deficiency): DeferredFigure => {
      const { materialCode, promisedOn, suppliedOn } = deficiency;
      const base = { itemCode: item.code, materialCode, promisedOn };
      if (suppliedOn !== undefined) return { ...base, suppliedOn, outcome: suppliedOn <= promisedOn ? 'on_time' : 'late' };
      return { ...base, outcome: today > promisedOn ? 'missing' : 'awaited' };
    }),
  );
}

function startOfWork(state: ProjectState): StartOfWorkFigure {
  const { landDeliveredOn, constructionPermitOn, startedOn } = state.construction;
  const figure = {
    deliveryToPermitDays: days(landDeliveredOn, constructionPermitOn),
    permitToStartDays: days(constructionPermitOn, startedOn),
    deliveryToStartDays: days(landDeliveredOn, startedOn),
  };
  return {
    ...(landDeliveredOn !== undefined && { landDeliveredOn }),
    ...(constructionPermitOn !== undefined && { constructionPermitOn }),
    ...(startedOn !== undefined && { startedOn }),
    ...definedOnly(figure),
  };
}

function constructionFigure(state: ProjectState): ConstructionFigure {
  const { startedOn, completedOn, milestones } = state.construction;
  const toppedOutOn = milestones.find((entry) => entry.milestone === 'main_structure_topped_out')?.reachedOn;
  const { trialProductionOn, fullProductionOn } = state.production;
  return definedOnly({
    startToToppedOutDays: days(startedOn, toppedOutOn),
    toppedOutToCompletionDays: days(toppedOutOn, completedOn),
    completionToTrialProductionDays: days(completedOn, trialProductionOn),
    completionToProductionDays: days(completedOn, fullProductionOn),
    startToProductionDays: days(startedOn, fullProductionOn),
  });
}

function definedOnly(figures: Readonly<Record<string, number | undefined>>): Record<string, number> {
  return Object.fromEntries(Object.entries(figures).filter((entry): entry is [string, number] => entry[1] !== undefined));
}

/** Pure: the calendar and today come from the edge, so the same facts always give the same figures. */
export function projectFigures(state: ProjectState, calendar: WorkingCalendar, today: string): ProjectFigures {
  const registration = registrationFigure(state, calendar);
  return {
    projectId: state.projectId,
    stage: state.stage,
    asOf: today,
    ...(registration !== undefined && { registration }),
    approvals: state.approvals.map((item) => approvalFigure(item, calendar, today)),
    deferredMaterials: deferredFigures(state.approvals, today),
    startOfWork: startOfWork(state),
    construction: constructionFigure(state),
    commitments: state.commitments === undefined ? [] : commitmentFigures(state.commitments, state.construction, state.production),
  };
}
