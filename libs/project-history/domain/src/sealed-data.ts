/** Shown in a replay where an event holds personal data sealed under a person's key. */
export const SEALED_PERSONAL_DATA = '〔个人信息（加密）sealed personal data〕';

const SEALED = /^pii:v\d+:/;

/**
 * Replays show what happened, not who the contact was: sealed personal data is replaced by a
 * marker, so an export never carries ciphertext that outlives an erasure in someone's spreadsheet.
 */
export function redactSealed(value: unknown): unknown {
  if (typeof value === 'string') return SEALED.test(value) ? SEALED_PERSONAL_DATA : value;
  if (Array.isArray(value)) return value.map(redactSealed);
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, redactSealed(item)]));
  }
  return value;
}
