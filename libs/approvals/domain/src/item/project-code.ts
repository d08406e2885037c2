import { NATIONAL_PROJECT_CODE_PATTERN } from '@ia/contracts';
import { INDUSTRY_DIVISIONS } from '@ia/reference';

const DIVISIONS = new Set(INDUSTRY_DIVISIONS.map((division) => division.code));
const FIRST_YEAR = 2000;
const LAST_YEAR = 2099;

/**
 * 年份-地区6位-行业2位-类型2位-序号, e.g. 2026-430100-38-03-012345: the region is an administrative division
 * code (never 00xxxx), the industry a division of GB/T 4754, the type and the serial number never all zeros.
 */
export function isNationalProjectCode(code: string): boolean {
  const match = NATIONAL_PROJECT_CODE_PATTERN.exec(code);
  if (match === null) return false;
  const [, year, region, industry, kind, serial] = match as unknown as [string, string, string, string, string, string];
  const yearNumber = Number(year);
  return (
    yearNumber >= FIRST_YEAR &&
    yearNumber <= LAST_YEAR &&
    !region.startsWith('00') &&
    DIVISIONS.has(industry) &&
    kind !== '00' &&
    serial !== '000000'
  );
}
