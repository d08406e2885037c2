import type { HistoryEntry } from './history';

const BYTE_ORDER_MARK = '\uFEFF';
const COLUMNS = [
  'position',
  'recordedAt',
  'occurredAt',
  'service',
  'streamName',
  'revision',
  'type',
  'descriptionZh',
  'descriptionEn',
  'actorId',
  'actorRole',
  'reason',
  'lateEntry',
  'eventId',
  'data',
] as const;

/** UTF-8 with a byte-order mark so that spreadsheet software shows the Chinese text. */
export function historyToCsv(entries: readonly HistoryEntry[]): string {
  const rows = entries.map((entry) =>
    [
      entry.position,
      entry.recordedAt,
      entry.occurredAt,
      entry.service,
      entry.streamName,
      entry.revision,
      entry.type,
      entry.description.zh,
      entry.description.en,
      entry.actor.id,
      entry.actor.role,
      entry.reason ?? '',
      entry.lateEntry,
      entry.eventId,
      JSON.stringify(entry.data),
    ].map(cell),
  );
  return `${BYTE_ORDER_MARK}${[COLUMNS.join(','), ...rows.map((row) => row.join(','))].join('\r\n')}\r\n`;
}

// A cell that starts like a formula would run in a spreadsheet: prefix it so it is shown, not evaluated.
function cell(value: string | number | boolean): string {
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n']/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
