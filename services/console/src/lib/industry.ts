import { findIndustry, INDUSTRY_SECTIONS, divisionsOf } from '@ia/reference';
import type { Language } from './i18n/i18n';

/** GB/T 4754-2017 names from the shared reference library, the same table the server checks against. */
export function industryName(section: string | undefined, division: string | undefined, language: Language): string {
  if (section === undefined) return '—';
  const industry = findIndustry(section, division);
  if (industry === undefined) return [section, division].filter(Boolean).join(' ');
  const name = (entry: { nameZh: string; nameEn: string }) => (language === 'en' ? entry.nameEn : entry.nameZh);
  return industry.division ? `${name(industry.division)} (${industry.section.code}${industry.division.code})` : name(industry.section);
}

export function sectionOptions(language: Language) {
  return INDUSTRY_SECTIONS.map((section) => ({
    value: section.code,
    label: `${section.code} ${language === 'en' ? section.nameEn : section.nameZh}`,
  }));
}

export function divisionOptions(section: string | undefined, language: Language) {
  return section === undefined
    ? []
    : divisionsOf(section).map((division) => ({
        value: division.code,
        label: `${division.code} ${language === 'en' ? division.nameEn : division.nameZh}`,
      }));
}
