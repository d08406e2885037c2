import chineseDays from 'chinese-days/dist/chinese-days.json';
import type { CalendarData } from './working-days';

/**
 * The package documents this JSON file as its data (a date → "English name,中文名,days" map per kind);
 * reading the data instead of calling its functions keeps the seed free of the package's own date
 * parsing and of any notion of today.
 */
const HOLIDAYS: Readonly<Record<string, string>> = chineseDays.holidays;
const WORKDAYS: Readonly<Record<string, string>> = chineseDays.workdays;

interface MutableYear {
  holidays: string[];
  adjustedWorkdays: string[];
}

/** Every year the installed chinese-days covers, for seeding the working calendar without a network. */
export function seedCalendarData(): CalendarData {
  const years: Record<number, MutableYear> = {};
  const yearFor = (date: string): MutableYear => {
    const year = Number(date.slice(0, 4));
    const existing = years[year] ?? { holidays: [], adjustedWorkdays: [] };
    years[year] = existing;
    return existing;
  };
  for (const date of Object.keys(HOLIDAYS).sort()) yearFor(date).holidays.push(date);
  for (const date of Object.keys(WORKDAYS).sort()) yearFor(date).adjustedWorkdays.push(date);
  return { years };
}
