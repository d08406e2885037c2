import type { HistoryEntry } from '../history';

/** One line of a project's timeline as people read it: the day it happened, where, what, who. */
export interface TimelineRow {
  readonly businessDate: string;
  readonly service: string;
  readonly type: string;
  readonly description: string;
  readonly actor: string;
  readonly lateEntry: boolean;
}

// The date a fact names for itself, in the order to prefer when a fact names several.
const DATE_FIELDS = [
  'signedOn',
  'terminatedOn',
  'completedOn',
  'startedOn',
  'reachedOn',
  'clearedOn',
  'deliveredOn',
  'allocatedOn',
  'grantedOn',
  'acceptedOn',
  'receivedOn',
  'submittedOn',
  'suppliedOn',
  'resumedOn',
  'suspendedOn',
  'rejectedOn',
  'returnedOn',
  'waivedOn',
  'checkedOn',
  'enteredOn',
  'raisedOn',
  'resolvedOn',
  'notedOn',
  'visitedOn',
  'assignedOn',
  'screenedOn',
  'qualifiedOn',
  'openedOn',
] as const;

const SHANGHAI_OFFSET_MILLISECONDS = 8 * 3_600_000;

export function shanghaiDateOf(instant: string): string {
  return new Date(Date.parse(instant) + SHANGHAI_OFFSET_MILLISECONDS).toISOString().slice(0, 10);
}

/** A monthly report is made once its month is over: it is dated the first day of the next month. */
function reportDate(month: string): string {
  const year = Number(month.slice(0, 4));
  const next = Number(month.slice(5, 7)) + 1;
  return next > 12 ? `${year + 1}-01-01` : `${year}-${String(next).padStart(2, '0')}-01`;
}

/**
 * The business date of a fact: the date it names (a signing day, a delivery day), else its business time in
 * China Standard Time. Facts entered later than they happened keep the day they happened.
 */
export function businessDateOf(entry: Pick<HistoryEntry, 'data' | 'occurredAt'>): string {
  const data = (typeof entry.data === 'object' && entry.data !== null ? entry.data : {}) as Readonly<Record<string, unknown>>;
  for (const field of DATE_FIELDS) {
    const value = data[field];
    if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  }
  const month = data['month'];
  if (typeof month === 'string' && /^\d{4}-(0[1-9]|1[0-2])$/.test(month)) return reportDate(month);
  return shanghaiDateOf(entry.occurredAt);
}

/** The project's life day by day; facts of one day keep the order they were recorded in. */
export function toTimeline(entries: readonly HistoryEntry[]): TimelineRow[] {
  return entries
    .map((entry) => ({ entry, businessDate: businessDateOf(entry) }))
    .sort((left, right) => left.businessDate.localeCompare(right.businessDate) || left.entry.position - right.entry.position)
    .map(({ entry, businessDate }) => ({
      businessDate,
      service: entry.service,
      type: entry.type,
      description: entry.description.zh,
      actor: entry.actor.id,
      lateEntry: entry.lateEntry,
    }));
}
