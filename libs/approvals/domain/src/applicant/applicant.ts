/** Whose key seals the applicant (经办人) of one item's intake: erasing it leaves every other intake readable. */
export function applicantSubject(itemId: string): string {
  return `applicant-${itemId}`;
}

/** The intake fields that hold personal data, sealed under the applicant's key. */
export const APPLICANT_FIELDS = ['applicantName', 'applicantIdNumber'] as const;
