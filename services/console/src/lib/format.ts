import { tenThousandYuan } from '@ia/reference';
import { translator, type Language } from './i18n/i18n';

const LOCALES: Readonly<Record<Language, string>> = { 'zh-CN': 'zh-CN', en: 'en-GB' };
const EMPTY = '—';

/** A business date 'YYYY-MM-DD' as people write it: 2026年3月4日 星期三 (read in UTC so no time zone moves it). */
export function formatDate(date: string | undefined, language: Language): string {
  if (date === undefined || !/^\d{4}-\d{2}-\d{2}$/.test(date)) return date ?? EMPTY;
  const instant = new Date(`${date}T00:00:00Z`);
  const day = new Intl.DateTimeFormat(LOCALES[language], { timeZone: 'UTC', year: 'numeric', month: 'long', day: 'numeric' }).format(
    instant,
  );
  const weekday = new Intl.DateTimeFormat(LOCALES[language], { timeZone: 'UTC', weekday: language === 'en' ? 'short' : 'long' }).format(
    instant,
  );
  return language === 'en' ? `${weekday} ${day}` : `${day} ${weekday}`;
}

/** An instant as the time of day in China Standard Time, where the parks are. */
export function formatInstant(instant: string | undefined, language: Language): string {
  if (instant === undefined) return EMPTY;
  const value = new Date(instant);
  if (Number.isNaN(value.getTime())) return instant;
  return new Intl.DateTimeFormat(LOCALES[language], {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }).format(value);
}

/** The business date of today in China Standard Time, for the date fields of a form. */
export function todayInChina(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

export function formatNumber(value: number | undefined, language: Language, fractionDigits = 2): string {
  if (value === undefined) return EMPTY;
  return new Intl.NumberFormat(LOCALES[language], { maximumFractionDigits: fractionDigits }).format(value);
}

/** Whole yuan shown in 万元 with thousands separators: 300000000 → 30,000 万元. */
export function formatTenThousandYuan(yuan: number | undefined, language: Language): string {
  if (yuan === undefined || !Number.isSafeInteger(yuan) || yuan < 0) return EMPTY;
  const amount = formatNumber(tenThousandYuan(yuan), language);
  return translator(language)('unit.tenThousandYuan', { amount });
}

/** An amount typed in 万元 (up to two decimals) as the whole yuan the API takes. */
export function yuanOfTenThousand(tenThousand: number): number {
  return Math.round(tenThousand * 10_000);
}
