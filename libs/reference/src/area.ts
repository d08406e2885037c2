/**
 * 1 mu is 60 square zhang of (10/3 m)², i.e. exactly 2000/3 m². The familiar 666.67 m² is a rounding:
 * 15 mu are exactly one hectare, but 15 × 666.67 = 10 000.05 m², so converting with it drifts.
 * Both functions compute with the fraction and round only the result, to hundredths, for display.
 */
const SQUARE_METRES_PER_MU_NUMERATOR = 2000;
const SQUARE_METRES_PER_MU_DENOMINATOR = 3;
const HUNDREDTHS = 100;

export function squareMetresToMu(squareMetres: number): number {
  assertArea(squareMetres);
  return Math.round((squareMetres * SQUARE_METRES_PER_MU_DENOMINATOR * HUNDREDTHS) / SQUARE_METRES_PER_MU_NUMERATOR) / HUNDREDTHS;
}

export function muToSquareMetres(mu: number): number {
  assertArea(mu);
  return Math.round((mu * SQUARE_METRES_PER_MU_NUMERATOR * HUNDREDTHS) / SQUARE_METRES_PER_MU_DENOMINATOR) / HUNDREDTHS;
}

function assertArea(value: number): void {
  if (!Number.isFinite(value) || value < 0) throw new RangeError(`An area must be a finite number ≥ 0, got ${value}`);
}
