import { useMemo } from 'react';
import { formatDate, formatInstant, formatNumber, formatTenThousandYuan } from './format';
import { useI18n } from './i18n/i18n';

/** The formatters bound to the language being shown. */
export function useFormat() {
  const { language } = useI18n();
  return useMemo(
    () => ({
      date: (date: string | undefined) => formatDate(date, language),
      instant: (instant: string | undefined) => formatInstant(instant, language),
      number: (value: number | undefined) => formatNumber(value, language),
      wan: (yuan: number | undefined) => formatTenThousandYuan(yuan, language),
    }),
    [language],
  );
}
