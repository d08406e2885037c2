import { Card, Flex, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { Page } from '../../../components/page';
import { QueryState } from '../../../components/query-state';
import { todayInChina } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n/i18n';
import { useCalendarYear } from '../api/approvals';
import { MonthCalendar } from '../components/month-calendar';

/** 工作日历: working days, holidays and make-up working days of the year deadlines are counted on. */
export function CalendarPage() {
  const { t, label } = useI18n();
  const [value, setValue] = useState(() => dayjs(todayInChina()));
  const year = useCalendarYear(value.year());
  return (
    <Page title={t('nav.calendar')}>
      <QueryState query={year}>
        {(data) => (
          <Card>
            <Flex gap={8} wrap align="center" style={{ marginBottom: 8 }}>
              <Typography.Text>{t('calendar.source', { source: label('calendar.source', data.source) })}</Typography.Text>
              <Tag color="red">{t('calendar.holiday')}</Tag>
              <Tag color="orange">{t('calendar.adjustedWorkday')}</Tag>
              <Tag>{t('calendar.weekend')}</Tag>
            </Flex>
            <MonthCalendar
              year={value.year()}
              holidays={data.holidays ?? []}
              adjustedWorkdays={data.adjustedWorkdays ?? []}
              value={value}
              onChange={setValue}
            />
          </Card>
        )}
      </QueryState>
    </Page>
  );
}
