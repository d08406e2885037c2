import { checkUscc, normaliseUscc } from './uscc';

const CHARACTERS = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/** Computes the check character from the published rule, independently of the code under test. */
function withCheckCharacter(first17: string): string {
  const sum = [...first17].reduce((total, character, index) => {
    const weight = 3 ** index % 31;
    return total + CHARACTERS.indexOf(character) * weight;
  }, 0);
  return first17 + CHARACTERS.charAt((31 - (sum % 31)) % 31);
}

describe('Unified Social Credit Code (GB 32100-2015)', () => {
  describe('normaliseUscc', () => {
    it('trims, upper-cases and turns full-width letters and digits into half-width', () => {
      expect(normaliseUscc('  91350100m000100y43\t')).toBe('91350100M000100Y43');
      expect(normaliseUscc('９１３５０１００Ｍ０００１００Ｙ４３')).toBe('91350100M000100Y43');
      expect(normaliseUscc('\u3000９１３５０１００ｍ000100y43\u3000')).toBe('91350100M000100Y43');
    });
  });

  describe('checkUscc accepts', () => {
    it('the example code of the standard, 91350100M000100Y43', () => {
      expect(checkUscc('91350100M000100Y43')).toEqual({ valid: true, code: '91350100M000100Y43' });
    });

    it('the published code of 华为技术有限公司, 914403001922038216', () => {
      expect(checkUscc('914403001922038216')).toEqual({ valid: true, code: '914403001922038216' });
    });

    it('check characters at both ends of the alphabet, Y (value 30) and 0', () => {
      expect(withCheckCharacter('91430100MA4L00005')).toBe('91430100MA4L00005Y');
      expect(withCheckCharacter('91430100MA4L00015')).toBe('91430100MA4L000150');
      expect(checkUscc('91430100MA4L00005Y')).toEqual({ valid: true, code: '91430100MA4L00005Y' });
      expect(checkUscc('91430100MA4L000150')).toEqual({ valid: true, code: '91430100MA4L000150' });
    });

    it('codes whose registering authority is a letter (N agriculture, Y other, A)', () => {
      for (const first17 of ['N2430100MA4L00001', 'Y1430100MA4L00001', 'A1430100MA4L00001']) {
        const code = withCheckCharacter(first17);
        expect(checkUscc(code)).toEqual({ valid: true, code });
      }
    });

    it('lower case and full-width input, returning the normalised code', () => {
      expect(checkUscc(' 91350100m000100y43 ')).toEqual({ valid: true, code: '91350100M000100Y43' });
      expect(checkUscc('９１３５０１００Ｍ０００１００Ｙ４３')).toEqual({ valid: true, code: '91350100M000100Y43' });
    });
  });

  describe('checkUscc refuses', () => {
    it('a wrong check character', () => {
      expect(checkUscc('91350100M000100Y44')).toEqual({ valid: false, reason: 'CHECK_CHARACTER' });
      expect(checkUscc('914403001922038217')).toEqual({ valid: false, reason: 'CHECK_CHARACTER' });
    });

    it('a transposition of two characters', () => {
      expect(checkUscc('91350100M000010Y43')).toEqual({ valid: false, reason: 'CHECK_CHARACTER' });
    });

    it.each(['I', 'O', 'Z', 'S', 'V'])('the letter %s, which the code alphabet leaves out', (letter) => {
      expect(checkUscc(`91350100M000100${letter}43`)).toEqual({ valid: false, reason: 'CHARACTER' });
    });

    it('punctuation and inner spaces', () => {
      expect(checkUscc('91350100M-00100Y43')).toEqual({ valid: false, reason: 'CHARACTER' });
      expect(checkUscc('91350100M 00100Y43')).toEqual({ valid: false, reason: 'CHARACTER' });
    });

    it('a length other than 18', () => {
      expect(checkUscc('')).toEqual({ valid: false, reason: 'LENGTH' });
      expect(checkUscc('91350100M000100Y4')).toEqual({ valid: false, reason: 'LENGTH' });
      expect(checkUscc('91350100M000100Y433')).toEqual({ valid: false, reason: 'LENGTH' });
    });

    it('a letter in the region code (positions 3 to 8)', () => {
      expect(checkUscc(withCheckCharacter('9135A100M000100Y4'))).toEqual({ valid: false, reason: 'REGION' });
    });
  });
});
