import { Table, Tag, Typography } from 'antd';
import type { Item } from '../../../lib/api/types';
import { useI18n } from '../../../lib/i18n/i18n';
import type { LeadDetail } from '../api/leads';

type Screening = NonNullable<LeadDetail['lastScreening']>;
type Result = Item<Screening['results']>;

const OUTCOME_COLOURS: Readonly<Record<string, string>> = { passed: 'green', failed: 'red', not_applicable: 'default' };

/** Each policy rule's result as the server recorded it when the lead was screened. */
export function ScreeningResults({ screening }: { readonly screening: Screening }) {
  const { t, label } = useI18n();
  return (
    <>
      <Typography.Paragraph>
        {t('screening.decided', { decision: label('screening.decision', screening.decision), version: screening.policyVersion ?? '' })}
        {screening.reason ? ` — ${screening.reason}` : ''}
      </Typography.Paragraph>
      <Table<Result>
        size="small"
        pagination={false}
        rowKey={(result) => result.rule ?? ''}
        dataSource={screening.results ?? []}
        data-testid="screening-results"
        columns={[
          { title: t('screening.rule'), dataIndex: 'rule', render: (rule?: string) => label('rule', rule) },
          {
            title: t('screening.outcome'),
            dataIndex: 'outcome',
            render: (outcome?: string) => <Tag color={OUTCOME_COLOURS[outcome ?? ''] ?? 'default'}>{label('outcome', outcome)}</Tag>,
          },
          { title: t('screening.actual'), dataIndex: 'actual', render: (value?: string | number) => value ?? '—' },
          {
            title: t('screening.required'),
            dataIndex: 'required',
            render: (value?: string | number) =>
              typeof value === 'string' && value.startsWith('not ')
                ? t('screening.excluding', { industries: value.slice(4) })
                : (value ?? '—'),
          },
        ]}
      />
    </>
  );
}
