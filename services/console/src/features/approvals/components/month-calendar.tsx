import { createWorkingCalendar } from '@ia/reference';
import { Calendar, Flex, Grid, Select, Tag } from 'antd';
import type { Dayjs } from 'dayjs';
import { useMemo } from 'react';
import { useI18n } from '../../../lib/i18n/i18n';

interface Props {
  readonly year: number;
  readonly holidays: readonly string[];
  readonly adjustedWorkdays: readonly string[];
  readonly value: Dayjs;
  readonly onChange: (value: Dayjs) => void;
}

/** A month grid of the year the server holds: days off, make-up working days (调休), by the shared calendar rules. */
export function MonthCalendar({ year, holidays, adjustedWorkdays, value, onChange }: Props) {
  const { t, language } = useI18n();
  // A phone gets the compact grid: the full one's cells scroll, and a scrolling region must be focusable.
  const wide = Grid.useBreakpoint().md === true;
  const monthName = new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'zh-CN', { month: 'long', timeZone: 'UTC' });
  const calendar = useMemo(
    () => createWorkingCalendar({ years: { [year]: { holidays, adjustedWorkdays } } }),
    [year, holidays, adjustedWorkdays],
  );
  const holidaySet = useMemo(() => new Set(holidays), [holidays]);
  const adjustedSet = useMemo(() => new Set(adjustedWorkdays), [adjustedWorkdays]);
  return (
    <Calendar
      fullscreen={wide}
      value={value}
      onPanelChange={onChange}
      onSelect={onChange}
      headerRender={({ value: shown, onChange: show }) => (
        <Flex gap={8} justify="flex-end" style={{ paddingBlock: 8 }}>
          <Select
            aria-label={t('calendar.year')}
            value={shown.year()}
            onChange={(next: number) => show(shown.year(next))}
            options={[year - 1, year, year + 1].map((option) => ({ value: option, label: String(option) }))}
          />
          <Select
            aria-label={t('calendar.month')}
            value={shown.month()}
            onChange={(next: number) => show(shown.month(next))}
            options={Array.from({ length: 12 }, (_, month) => ({
              value: month,
              label: monthName.format(new Date(Date.UTC(2000, month, 1))),
            }))}
            style={{ minWidth: 100 }}
          />
        </Flex>
      )}
      cellRender={(date: Dayjs, info) => {
        if (info.type !== 'date') return info.originNode;
        if (date.year() !== year) return null;
        const iso = date.format('YYYY-MM-DD');
        if (holidaySet.has(iso)) return <Tag color="red">{t('calendar.holiday')}</Tag>;
        if (adjustedSet.has(iso)) return <Tag color="orange">{t('calendar.adjustedWorkday')}</Tag>;
        return calendar.isWorkingDay(iso) ? null : <Tag>{t('calendar.weekend')}</Tag>;
      }}
    />
  );
}
