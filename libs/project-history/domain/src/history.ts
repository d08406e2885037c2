import { streamCategory, type Actor, type RecordedEvent } from '@ia/kernel';
import { redactSealed } from './sealed-data';

export interface EventCatalog {
  serviceOf(category: string): string | undefined;
  describe(type: string): { readonly service?: string; readonly zh: string; readonly en: string } | undefined;
}

/** One line of an auditor's replay: what, when it happened, when it was recorded, who, why, where. */
export interface HistoryEntry {
  readonly eventId: string;
  readonly type: string;
  readonly schemaVersion: number;
  readonly service: string;
  readonly streamName: string;
  readonly revision: number;
  readonly position: number;
  readonly occurredAt: string;
  readonly recordedAt: string;
  readonly actor: Actor;
  readonly reason?: string;
  readonly description: { readonly zh: string; readonly en: string };
  /** Recorded well after it happened: a back-filled fact an auditor should notice. */
  readonly lateEntry: boolean;
  readonly data: unknown;
}

export interface HistoryFilter {
  readonly services?: readonly string[];
  readonly types?: readonly string[];
  readonly actorId?: string;
  /** Business-time range, inclusive instants. */
  readonly from?: string;
  readonly to?: string;
  /** Only what had been recorded by this instant: what the system knew then. */
  readonly asOf?: string;
  /** Only what had happened by the end of this business date (China Standard Time), late entries included. */
  readonly validAt?: string;
}

const HOUR = 3_600_000;

/** The instant a business date ends in China Standard Time (UTC+8, no daylight saving). */
export function endOfBusinessDate(date: string): string {
  return new Date(Date.parse(`${date}T23:59:59.999+08:00`)).toISOString();
}

export function toHistoryEntries(events: readonly RecordedEvent[], catalog: EventCatalog, lateAfterHours = 24): HistoryEntry[] {
  return events.map((event) => {
    const category = streamCategory(event.streamName);
    const known = catalog.describe(event.type);
    const late = Date.parse(event.recordedAt) - Date.parse(event.metadata.occurredAt) > lateAfterHours * HOUR;
    return {
      eventId: event.eventId,
      type: event.type,
      schemaVersion: event.schemaVersion,
      service: catalog.serviceOf(category) ?? known?.service ?? category,
      streamName: event.streamName,
      revision: event.revision,
      position: event.position,
      occurredAt: event.metadata.occurredAt,
      recordedAt: event.recordedAt,
      actor: event.metadata.actor,
      ...(event.metadata.reason !== undefined && { reason: event.metadata.reason }),
      description: known ? { zh: known.zh, en: known.en } : { zh: `事件：${event.type}`, en: splitWords(event.type) },
      lateEntry: late,
      data: redactSealed(event.data),
    };
  });
}

export function filterHistory(entries: readonly HistoryEntry[], filter: HistoryFilter): HistoryEntry[] {
  const asOf = filter.asOf === undefined ? undefined : Date.parse(filter.asOf);
  const validAt = filter.validAt === undefined ? undefined : Date.parse(endOfBusinessDate(filter.validAt));
  const from = filter.from === undefined ? undefined : Date.parse(filter.from);
  const to = filter.to === undefined ? undefined : Date.parse(filter.to);
  return entries.filter((entry) => {
    const occurred = Date.parse(entry.occurredAt);
    return (
      (filter.services === undefined || filter.services.includes(entry.service)) &&
      (filter.types === undefined || filter.types.includes(entry.type)) &&
      (filter.actorId === undefined || entry.actor.id === filter.actorId) &&
      (asOf === undefined || Date.parse(entry.recordedAt) <= asOf) &&
      (validAt === undefined || occurred <= validAt) &&
      (from === undefined || occurred >= from) &&
      (to === undefined || occurred <= to)
    );
  });
}

/** Facts are replayed in the order they happened; ties keep the order they were recorded in. */
export function inBusinessOrder(entries: readonly HistoryEntry[]): HistoryEntry[] {
  return [...entries].sort((left, right) => Date.parse(left.occurredAt) - Date.parse(right.occurredAt) || left.position - right.position);
}

function splitWords(type: string): string {
  return type.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/^./, (first) => first.toUpperCase());
}
