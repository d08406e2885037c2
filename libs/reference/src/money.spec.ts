import { isYuan, tenThousandYuan, yuanPerMu } from './money';

describe('money in integer yuan', () => {
  describe('isYuan', () => {
    it('accepts whole, non-negative, safe amounts', () => {
      expect(isYuan(0)).toBe(true);
      expect(isYuan(5_000_000)).toBe(true);
      expect(isYuan(Number.MAX_SAFE_INTEGER)).toBe(true);
    });

    it('refuses fractions, negatives, unsafe integers and non-numbers', () => {
      expect(isYuan(0.5)).toBe(false);
      expect(isYuan(-1)).toBe(false);
      expect(isYuan(Number.MAX_SAFE_INTEGER + 1)).toBe(false);
      expect(isYuan(Number.NaN)).toBe(false);
      expect(isYuan('100')).toBe(false);
      expect(isYuan(100n)).toBe(false);
    });
  });

  describe('tenThousandYuan (万元)', () => {
    it('shows the 20 million yuan above-scale threshold as 2000 万元', () => {
      expect(tenThousandYuan(20_000_000)).toBe(2_000);
    });

    it('shows a 1-billion-yuan plant as 100 000 万元', () => {
      expect(tenThousandYuan(1_000_000_000)).toBe(100_000);
    });

    it('rounds to hundredths of 万元 (100 yuan), halves up', () => {
      expect(tenThousandYuan(12_345)).toBe(1.23);
      expect(tenThousandYuan(12_350)).toBe(1.24);
      expect(tenThousandYuan(49)).toBe(0);
    });

    it('refuses amounts that are not whole yuan', () => {
      expect(() => tenThousandYuan(10.5)).toThrow(RangeError);
      expect(() => tenThousandYuan(-10)).toThrow(RangeError);
    });
  });

  describe('yuanPerMu (万元/亩)', () => {
    it('gives 165 万元/亩 for the 1.65 million yuan of tax per mu of the power-equipment estate', () => {
      expect(yuanPerMu(1_650_000, 1)).toBe(165);
      expect(yuanPerMu(1_650_000_000, 1_000)).toBe(165);
    });

    it('gives the investment intensity of 300 million yuan on 120 mu as 250 万元/亩', () => {
      expect(yuanPerMu(300_000_000, 120)).toBe(250);
    });

    it('works with a fractional area and rounds to hundredths', () => {
      expect(yuanPerMu(1_000_000, 3)).toBe(33.33);
      expect(yuanPerMu(8_000_000, 172.5)).toBe(4.64);
    });

    it('refuses a zero, negative or non-finite area, and amounts that are not whole yuan', () => {
      expect(() => yuanPerMu(1_000_000, 0)).toThrow(RangeError);
      expect(() => yuanPerMu(1_000_000, -5)).toThrow(RangeError);
      expect(() => yuanPerMu(1_000_000, Number.NaN)).toThrow(RangeError);
      expect(() => yuanPerMu(1.5, 10)).toThrow(RangeError);
    });
  });
});
