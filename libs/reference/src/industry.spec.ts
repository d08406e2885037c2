import { INDUSTRY_DIVISIONS, INDUSTRY_SECTIONS } from './industry-codes';
import { divisionsOf, findIndustry, isValidIndustry } from './industry';

const DIVISION_RANGES: Readonly<Record<string, readonly [number, number]>> = {
  A: [1, 5],
  B: [6, 12],
  C: [13, 43],
  D: [44, 46],
  E: [47, 50],
  F: [51, 52],
  G: [53, 60],
  H: [61, 62],
  I: [63, 65],
  J: [66, 69],
  K: [70, 70],
  L: [71, 72],
  M: [73, 75],
  N: [76, 79],
  O: [80, 82],
  P: [83, 83],
  Q: [84, 85],
  R: [86, 90],
  S: [91, 96],
  T: [97, 97],
};

describe('national industry classification (GB/T 4754-2017)', () => {
  describe('the table', () => {
    it('has the 20 sections A to T, each named in Chinese and English', () => {
      expect(INDUSTRY_SECTIONS.map((section) => section.code).join('')).toBe('ABCDEFGHIJKLMNOPQRST');
      for (const section of INDUSTRY_SECTIONS) {
        expect(section.nameZh).not.toBe('');
        expect(section.nameEn).not.toBe('');
      }
    });

    it('has the 97 divisions 01 to 97, in order, each named in Chinese', () => {
      expect(INDUSTRY_DIVISIONS).toHaveLength(97);
      INDUSTRY_DIVISIONS.forEach((division, index) => {
        expect(division.code).toBe(String(index + 1).padStart(2, '0'));
        expect(division.nameZh).not.toBe('');
      });
    });

    it.each(Object.entries(DIVISION_RANGES))('puts in section %s exactly the divisions %j', (section, [first, last]) => {
      const codes = divisionsOf(section).map((division) => Number(division.code));
      expect(codes).toEqual(Array.from({ length: last - first + 1 }, (_, offset) => first + offset));
    });

    it('names the divisions a park meets most', () => {
      expect(findIndustry('C', '38')?.division?.nameZh).toBe('电气机械和器材制造业');
      expect(findIndustry('C', '39')?.division?.nameZh).toBe('计算机、通信和其他电子设备制造业');
      expect(findIndustry('C', '27')?.division?.nameZh).toBe('医药制造业');
      expect(findIndustry('G', '58')?.division?.nameZh).toBe('多式联运和运输代理业');
      expect(findIndustry('I', '65')?.division?.nameZh).toBe('软件和信息技术服务业');
      expect(findIndustry('S', '96')?.division?.nameZh).toBe('基层群众自治组织及其他组织');
    });
  });

  describe('findIndustry', () => {
    it('finds a section alone', () => {
      expect(findIndustry('C')).toEqual({
        section: { code: 'C', nameZh: '制造业', nameEn: 'Manufacturing' },
      });
    });

    it('finds a division within its section', () => {
      expect(findIndustry('C', '38')).toEqual({
        section: { code: 'C', nameZh: '制造业', nameEn: 'Manufacturing' },
        division: {
          code: '38',
          section: 'C',
          nameZh: '电气机械和器材制造业',
          nameEn: 'Manufacture of electrical machinery and apparatus',
        },
      });
    });

    it('accepts a lower-case section and surrounding spaces', () => {
      expect(findIndustry(' c ', ' 38 ')?.division?.code).toBe('38');
    });

    it('finds nothing for a division of another section', () => {
      expect(findIndustry('A', '38')).toBeUndefined();
      expect(findIndustry('F', '53')).toBeUndefined();
    });

    it('finds nothing for unknown codes', () => {
      expect(findIndustry('U')).toBeUndefined();
      expect(findIndustry('C', '98')).toBeUndefined();
      expect(findIndustry('C', '00')).toBeUndefined();
      expect(findIndustry('C', '8')).toBeUndefined();
      expect(findIndustry('C', '383')).toBeUndefined();
    });
  });

  describe('isValidIndustry', () => {
    it('is true for a section, or a section and one of its divisions', () => {
      expect(isValidIndustry('C')).toBe(true);
      expect(isValidIndustry('C', '38')).toBe(true);
      expect(isValidIndustry('K', '70')).toBe(true);
      expect(isValidIndustry('T', '97')).toBe(true);
    });

    it('is false for a division outside its section, or unknown codes', () => {
      expect(isValidIndustry('A', '38')).toBe(false);
      expect(isValidIndustry('Z')).toBe(false);
      expect(isValidIndustry('', '')).toBe(false);
    });
  });
});
