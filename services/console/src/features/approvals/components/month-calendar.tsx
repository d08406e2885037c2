import { createWorkingCalendar } from '@ia/reference';
import { Calendar, Tag } from 'antd';
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
  const { t } = useI18n();
  const calendar = useMemo(
    () => createWorkingCalendar({ years: { [year]: { holidays, adjustedWorkdays } } }),
    [year, holidays, adjustedWorkdays],
  );
  const holidaySet = useMemo(() => new Set(holidays), [holidays]);
  const adjustedSet = useMemo(() => new Set(adjustedWorkdays), [adjustedWorkdays]);
  return (
    <Calendar
      value={value}
      onPanelChange={onChange}
      onSelect={onChange}
      validRange={[value.year(year).startOf('year'), value.year(year).endOf('year')]}
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
