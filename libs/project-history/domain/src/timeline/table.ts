import type { TimelineRow } from './timeline';

// East Asian wide characters take two columns in a terminal.
const WIDE =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;

export function displayWidth(text: string): number {
  let width = 0;
  for (const character of text) width += WIDE.test(character) ? 2 : 1;
  return width;
}

function padded(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}

const HEADINGS = ['业务日期 date', '服务 service', '事实 fact', '操作人 actor'] as const;

/** A plain-text table that lines up in a terminal, Chinese included. */
export function formatTimeline(rows: readonly TimelineRow[]): string {
  const cells = rows.map((row) => [row.businessDate, row.service, row.description, row.actor]);
  const widths = HEADINGS.map((heading, column) =>
    Math.max(displayWidth(heading), ...cells.map((cell) => displayWidth(cell[column] ?? ''))),
  );
  const line = (values: readonly string[]) =>
    values
      .map((value, column) => padded(value, widths[column] ?? 0))
      .join('  ')
      .trimEnd();
  const rule = widths.map((width) => '─'.repeat(width)).join('  ');
  return [line(HEADINGS), rule, ...cells.map(line)].join('\n');
}
