/** Money is integer yuan: a safe integer, never a fraction, never negative. */
export type Yuan = number;

const YUAN_PER_TEN_THOUSAND = 10_000;
const HUNDREDTHS = 100;

export function isYuan(value: unknown): value is Yuan {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

/** 万元 to hundredths, for display: dividing by 100 first keeps exact halves exact before rounding. */
export function tenThousandYuan(yuan: Yuan): number {
  assertYuan(yuan);
  return Math.round(yuan / (YUAN_PER_TEN_THOUSAND / HUNDREDTHS)) / HUNDREDTHS;
}

/**
 * 万元 per mu to hundredths: the unit of investment intensity and of tax per mu (亩均税收) in which
 * parks state their screening floors (e.g. investment 150–250 万元/亩, tax 8–20 万元/亩).
 */
export function yuanPerMu(yuanAmount: Yuan, mu: number): number {
  assertYuan(yuanAmount);
  if (!Number.isFinite(mu) || mu <= 0) throw new RangeError(`An area in mu must be a finite number > 0, got ${mu}`);
  return Math.round(yuanAmount / ((YUAN_PER_TEN_THOUSAND / HUNDREDTHS) * mu)) / HUNDREDTHS;
}

function assertYuan(value: number): void {
  if (!isYuan(value)) throw new RangeError(`An amount of money must be whole yuan ≥ 0, got ${String(value)}`);
}
