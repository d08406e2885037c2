import { INDUSTRY_DIVISIONS, INDUSTRY_SECTIONS, type IndustryDivision, type IndustrySection } from './industry-codes';

export interface Industry {
  readonly section: IndustrySection;
  readonly division?: IndustryDivision;
}

const SECTIONS = new Map(INDUSTRY_SECTIONS.map((section) => [section.code as string, section]));
const DIVISIONS = new Map(INDUSTRY_DIVISIONS.map((division) => [division.code, division]));

/** The division, when given, must belong to the section: 'C' + '38' is found, 'A' + '38' is not. */
export function findIndustry(sectionCode: string, divisionCode?: string): Industry | undefined {
  const section = SECTIONS.get(sectionCode.trim().toUpperCase());
  if (section === undefined) return undefined;
  if (divisionCode === undefined) return { section };
  const division = DIVISIONS.get(divisionCode.trim());
  if (division === undefined || division.section !== section.code) return undefined;
  return { section, division };
}

export function isValidIndustry(sectionCode: string, divisionCode?: string): boolean {
  return findIndustry(sectionCode, divisionCode) !== undefined;
}

export function divisionsOf(sectionCode: string): readonly IndustryDivision[] {
  const code = sectionCode.trim().toUpperCase();
  return INDUSTRY_DIVISIONS.filter((division) => division.section === code);
}
