/** Reporting months are 'YYYY-MM' strings; arithmetic runs on a month number so no calendar is involved. */
const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
const MONTHS_PER_YEAR = 12;

export function isMonth(value: string): boolean {
  return MONTH.test(value);
}

export function monthOf(date: string): string {
  return date.slice(0, 7);
}

export function addMonths(month: string, count: number): string {
  const index = monthIndex(month) + count;
  const year = Math.floor(index / MONTHS_PER_YEAR);
  const monthNumber = (index % MONTHS_PER_YEAR) + 1;
  return `${String(year).padStart(4, '0')}-${String(monthNumber).padStart(2, '0')}`;
}

/** The months of a window of the given length that ends with `last`, oldest first. */
export function windowEndingAt(last: string, length: number): string[] {
  return Array.from({ length }, (_, offset) => addMonths(last, offset - length + 1));
}

function monthIndex(month: string): number {
  const match = MONTH.exec(month);
  if (!match) throw new RangeError(`Not a month 'YYYY-MM': '${month}'`);
  return Number(match[1]) * MONTHS_PER_YEAR + Number(match[2]) - 1;
}
