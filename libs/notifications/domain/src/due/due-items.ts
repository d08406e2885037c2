import { addCalendarDays, createWorkingCalendar, type WorkingCalendar } from '@ia/reference';
import type { ApprovalWatch, LeadWatch, ProblemWatch, ProjectWatch, Watched } from '../watch/facts';

export const DUE_KINDS = [
  'lead_first_response',
  'lead_assessment',
  'approval_limit',
  'promised_material',
  'problem',
  'work_start',
  'production_start',
  'leader_visit',
] as const;
export type DueKind = (typeof DUE_KINDS)[number];

/** Something that falls due on a date: a reminder goes when it is near (from `warnFrom`) and when it is past. */
export interface DueItem {
  /** Unique within its watch, e.g. `material:fire_design`. */
  readonly key: string;
  readonly kind: DueKind;
  readonly dueOn: string;
  readonly warnFrom?: string;
  /** The deadline lies in a year whose holidays are not published yet and may move. */
  readonly provisional: boolean;
  readonly parkId?: string;
  /** The person in charge (a user id), whose daily digest lists it. */
  readonly responsible?: string;
  /** What it is about: the company or the project. */
  readonly subject: string;
  /** Which item, material, unit or step. */
  readonly detail?: string;
}

export interface ReminderSettings {
  readonly firstResponseWorkingDays: number;
  readonly assessmentWorkingDays: number;
  /** Working days before a deadline when an approval, a promised material or a problem is near it. */
  readonly warnWorkingDays: number;
  readonly visitIntervalDays: number;
  readonly visitWarnDays: number;
  readonly startWarnDays: number;
}

/** One city's rules for leads (respond in 1 working day, assess in 3) and the monthly visit of 包联 leaders. */
export const DEFAULT_REMINDER_SETTINGS: ReminderSettings = {
  firstResponseWorkingDays: 1,
  assessmentWorkingDays: 3,
  warnWorkingDays: 1,
  visitIntervalDays: 30,
  visitWarnDays: 5,
  startWarnDays: 7,
};

export function dueItemsOf(watched: Watched, calendar: WorkingCalendar, settings: ReminderSettings = DEFAULT_REMINDER_SETTINGS): DueItem[] {
  switch (watched.kind) {
    case 'lead':
      return leadItems(watched.facts, calendar, settings);
    case 'approval':
      return approvalItems(watched.facts, calendar, settings);
    case 'problem':
      return problemItems(watched.facts, calendar, settings);
    case 'project':
      return projectItems(watched.facts, settings);
  }
}

const WEEKDAYS_ONLY = createWorkingCalendar({ years: {} });

/** Whether an item is still open: which items exist does not depend on the calendar, only their dates do. */
export function isStillDue(watched: Watched, key: string): boolean {
  return dueItemsOf(watched, WEEKDAYS_ONLY).some((item) => item.key === key);
}

const park = (parkId: string | undefined) => (parkId === undefined ? {} : { parkId });
const person = (id: string | undefined) => (id === undefined ? {} : { responsible: id });

function leadItems(lead: LeadWatch, calendar: WorkingCalendar, settings: ReminderSettings): DueItem[] {
  if (lead.registeredOn === undefined || lead.status !== 'open') return [];
  const common = { ...park(lead.parkId), ...person(lead.promoterId), subject: lead.companyName ?? '' };
  const items: DueItem[] = [];
  if (lead.firstRespondedOn === undefined) {
    const due = calendar.addWorkingDays(lead.registeredOn, settings.firstResponseWorkingDays);
    items.push({ key: 'first_response', kind: 'lead_first_response', dueOn: due.date, provisional: due.provisional, ...common });
  }
  if (lead.screenedOn === undefined) {
    const due = calendar.addWorkingDays(lead.registeredOn, settings.assessmentWorkingDays);
    items.push({ key: 'assessment', kind: 'lead_assessment', dueOn: due.date, provisional: due.provisional, ...common });
  }
  return items;
}

function approvalItems(item: ApprovalWatch, calendar: WorkingCalendar, settings: ReminderSettings): DueItem[] {
  if (item.closedOn !== undefined || item.itemName === undefined) return [];
  const common = { ...park(item.parkId), ...person(item.agentId), subject: item.itemName };
  const items: DueItem[] = [];
  const warn = (dueOn: string) => calendar.addWorkingDays(dueOn, -settings.warnWorkingDays).date;
  const stopped = item.stops.some((stop) => stop.to === undefined);
  const startedOn = item.acceptedOn ?? (item.fixedDueOn !== undefined ? item.openedOn : undefined);
  if (startedOn !== undefined && !stopped && item.timeLimitDays !== undefined) {
    const base =
      item.fixedDueOn !== undefined
        ? { date: item.fixedDueOn, provisional: false }
        : calendar.addWorkingDays(startedOn, item.timeLimitDays);
    // Each stop pushes the deadline back by the working days it lasted, as approvals counts it.
    const paused = item.stops.reduce(
      (days, stop) => days + Math.max(0, calendar.workingDaysBetween(stop.from, stop.to ?? stop.from).days),
      0,
    );
    const due = paused > 0 ? calendar.addWorkingDays(base.date, paused) : base;
    const warnFrom = warn(due.date);
    items.push({
      key: 'limit',
      kind: 'approval_limit',
      dueOn: due.date,
      warnFrom: warnFrom < startedOn ? startedOn : warnFrom,
      provisional: base.provisional || due.provisional,
      ...common,
    });
  }
  for (const [materialCode, promise] of Object.entries(item.promised)) {
    if (promise.suppliedOn !== undefined) continue;
    items.push({
      key: `material:${materialCode}`,
      kind: 'promised_material',
      dueOn: promise.promisedOn,
      warnFrom: warn(promise.promisedOn),
      provisional: false,
      ...common,
      detail: materialCode,
    });
  }
  return items;
}

function problemItems(problem: ProblemWatch, calendar: WorkingCalendar, settings: ReminderSettings): DueItem[] {
  if (problem.resolvedOn !== undefined || problem.dueOn === undefined) return [];
  return [
    {
      key: 'problem',
      kind: 'problem',
      dueOn: problem.dueOn,
      warnFrom: calendar.addWorkingDays(problem.dueOn, -settings.warnWorkingDays).date,
      provisional: false,
      ...park(problem.parkId),
      subject: problem.projectName ?? '',
      ...(problem.responsibleUnit !== undefined && { detail: problem.responsibleUnit }),
    },
  ];
}

function projectItems(project: ProjectWatch, settings: ReminderSettings): DueItem[] {
  if (project.endedOn !== undefined) return [];
  const common = { ...park(project.parkId), subject: project.projectName ?? '', provisional: false };
  const items: DueItem[] = [];
  const { deliveredOn } = project;
  if (deliveredOn !== undefined && project.startedOn === undefined && project.daysFromDeliveryToStart !== undefined) {
    const dueOn = addCalendarDays(deliveredOn, project.daysFromDeliveryToStart);
    items.push({ key: 'work_start', kind: 'work_start', dueOn, warnFrom: addCalendarDays(dueOn, -settings.startWarnDays), ...common });
  }
  if (deliveredOn !== undefined && project.productionOn === undefined && project.monthsToProduction) {
    const dueOn = addMonths(deliveredOn, project.monthsToProduction);
    items.push({
      key: 'production_start',
      kind: 'production_start',
      dueOn,
      warnFrom: addCalendarDays(dueOn, -settings.startWarnDays),
      ...common,
    });
  }
  if (project.leaderId !== undefined && project.leaderSince !== undefined && project.fullProductionOn === undefined) {
    const last = project.lastVisitOn !== undefined && project.lastVisitOn > project.leaderSince ? project.lastVisitOn : project.leaderSince;
    const dueOn = addCalendarDays(last, settings.visitIntervalDays);
    // One item per visit cycle: the key carries the visit it counts from, so each month's reminder is its own.
    items.push({
      key: `visit:${last}`,
      kind: 'leader_visit',
      dueOn,
      warnFrom: addCalendarDays(dueOn, -settings.visitWarnDays),
      ...common,
      responsible: project.leaderId,
    });
  }
  return items;
}

/** The same day of the month `months` later, or that month's last day when it is shorter. */
export function addMonths(date: string, months: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const total = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(total / 12);
  const targetMonth = (total % 12) + 1;
  const lastDay = new Date(Date.UTC(targetYear, targetMonth, 0)).getUTCDate();
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${targetYear}-${pad(targetMonth)}-${pad(Math.min(day, lastDay))}`;
}

export type ReminderStage = 'due_soon' | 'overdue';

/** Which reminder an item calls for on a day: none, the one before its deadline, or the one after. */
export function stageOn(item: DueItem, today: string): ReminderStage | undefined {
  if (today > item.dueOn) return 'overdue';
  if (item.warnFrom !== undefined && today >= item.warnFrom) return 'due_soon';
  return undefined;
}
