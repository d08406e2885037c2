const CHARACTERS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const LENGTH = 18;
const MODULUS = 31;
const REGION = /^\d{6}$/;

export type UsccFailure = 'LENGTH' | 'CHARACTER' | 'REGION' | 'CHECK_CHARACTER';

export type UsccCheck = { readonly valid: true; readonly code: string } | { readonly valid: false; readonly reason: UsccFailure };

const FULL_WIDTH_ALPHANUMERIC = /[０-９Ａ-Ｚａ-ｚ]/g;
const FULL_WIDTH_OFFSET = 0xfee0;

/** Codes are typed by hand from licences and Chinese input methods, so full-width and lower case are common. */
export function normaliseUscc(input: string): string {
  return input
    .trim()
    .replace(FULL_WIDTH_ALPHANUMERIC, (character) => String.fromCharCode(character.charCodeAt(0) - FULL_WIDTH_OFFSET))
    .toUpperCase();
}

export function checkUscc(input: string): UsccCheck {
  const code = normaliseUscc(input);
  if (code.length !== LENGTH) return { valid: false, reason: 'LENGTH' };
  const values = [...code].map((character) => CHARACTERS.indexOf(character));
  if (values.some((value) => value < 0)) return { valid: false, reason: 'CHARACTER' };
  if (!REGION.test(code.slice(2, 8))) return { valid: false, reason: 'REGION' };
  if (code[LENGTH - 1] !== checkCharacter(values.slice(0, LENGTH - 1))) {
    return { valid: false, reason: 'CHECK_CHARACTER' };
  }
  return { valid: true, code };
}

function checkCharacter(values: readonly number[]): string {
  let sum = 0;
  let weight = 1;
  for (const value of values) {
    sum += value * weight;
    weight = (weight * 3) % MODULUS;
  }
  return CHARACTERS.charAt((MODULUS - (sum % MODULUS)) % MODULUS);
}
