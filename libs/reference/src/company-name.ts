/** Longest first, so that 股份有限公司 is not cut down to 股份. */
const LEGAL_FORM_SUFFIXES = ['集团有限公司', '有限责任公司', '股份有限公司', '有限公司'] as const;

const OPENING_BRACKETS = /[【〔［[｛{〈《]/g;
const CLOSING_BRACKETS = /[】〕］\]｝}〉》]/g;

/**
 * The key for duplicate-lead detection: the same enterprise is typed with full-width characters, stray
 * spaces, either kind of bracket and with or without its legal form, and must still be found.
 */
export function normaliseCompanyName(name: string): string {
  const compact = name
    .normalize('NFKC')
    .replace(/\s/gu, '')
    .replace(OPENING_BRACKETS, '(')
    .replace(CLOSING_BRACKETS, ')')
    .replace(/[a-z]/g, (letter) => letter.toUpperCase());
  const suffix = LEGAL_FORM_SUFFIXES.find((form) => compact.endsWith(form) && compact.length > form.length);
  return suffix === undefined ? compact : compact.slice(0, -suffix.length);
}
