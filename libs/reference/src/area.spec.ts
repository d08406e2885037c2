import { muToSquareMetres, squareMetresToMu } from './area';

describe('area in mu (亩), 1 mu = 2000/3 m² exactly', () => {
  describe('muToSquareMetres', () => {
    it('shows one mu as 666.67 m²', () => {
      expect(muToSquareMetres(1)).toBe(666.67);
    });

    it('keeps 15 mu at exactly one hectare, where 666.67 × 15 would give 10 000.05', () => {
      expect(muToSquareMetres(15)).toBe(10_000);
    });

    it('converts a parcel of 100 mu and a fractional 2.5 mu', () => {
      expect(muToSquareMetres(100)).toBe(66_666.67);
      expect(muToSquareMetres(2.5)).toBe(1_666.67);
      expect(muToSquareMetres(0)).toBe(0);
    });
  });

  describe('squareMetresToMu', () => {
    it('converts the 115,000 m² plant of DOMAIN.md to 172.5 mu', () => {
      expect(squareMetresToMu(115_000)).toBe(172.5);
    });

    it('converts one hectare to 15 mu and 666.67 m² back to one mu', () => {
      expect(squareMetresToMu(10_000)).toBe(15);
      expect(squareMetresToMu(666.67)).toBe(1);
    });

    it('rounds half a hundredth up: 10 m² is 0.015 mu, shown as 0.02', () => {
      expect(squareMetresToMu(10)).toBe(0.02);
    });

    it('rounds to hundredths: 1 m² is 0.0015 mu, shown as 0', () => {
      expect(squareMetresToMu(1)).toBe(0);
      expect(squareMetresToMu(1_000)).toBe(1.5);
    });
  });

  it('refuses negative and non-finite areas', () => {
    expect(() => squareMetresToMu(-1)).toThrow(RangeError);
    expect(() => muToSquareMetres(Number.NaN)).toThrow(RangeError);
    expect(() => muToSquareMetres(Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });
});
