import { isCalendarDate } from '@ia/reference';

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARACTERS = '10X98765432';
const SHAPE = /^\d{17}[\dX]$/;
const EARLIEST_BIRTH_DATE = '1900-01-01';

export type ResidentIdFailure = 'FORMAT' | 'BIRTH_DATE' | 'CHECK_DIGIT';

export type ResidentIdCheck =
  | { readonly valid: true; readonly number: string; readonly birthDate: string }
  | { readonly valid: false; readonly reason: ResidentIdFailure };

/** Check digits are typed as a lower-case x as often as an upper-case one. */
export function normaliseResidentId(input: string): string {
  return input.trim().toUpperCase();
}

/**
 * GB 11643-1999: six digits of region, the birth date YYYYMMDD, three of sequence and an ISO 7064 MOD 11-2
 * check character. A birth date after `latestBirthDate` (the day the number was handed over) cannot be real.
 */
export function checkResidentId(input: string, latestBirthDate?: string): ResidentIdCheck {
  const number = normaliseResidentId(input);
  if (!SHAPE.test(number)) return { valid: false, reason: 'FORMAT' };
  const birthDate = `${number.slice(6, 10)}-${number.slice(10, 12)}-${number.slice(12, 14)}`;
  const tooLate = latestBirthDate !== undefined && birthDate > latestBirthDate;
  if (!isCalendarDate(birthDate) || birthDate < EARLIEST_BIRTH_DATE || tooLate) return { valid: false, reason: 'BIRTH_DATE' };
  if (number.charAt(17) !== residentIdCheckCharacter(number.slice(0, 17))) return { valid: false, reason: 'CHECK_DIGIT' };
  return { valid: true, number, birthDate };
}

export function residentIdCheckCharacter(first17: string): string {
  const sum = WEIGHTS.reduce((total, weight, index) => total + weight * Number(first17.charAt(index)), 0);
  return CHECK_CHARACTERS.charAt(sum % 11);
}
