import { Table, Typography } from 'antd';
import { Link } from 'react-router';
import type { Item } from '../../../lib/api/types';
import { useI18n } from '../../../lib/i18n/i18n';
import { industryName } from '../../../lib/industry';
import { useFormat } from '../../../lib/use-format';
import type { LeadPage } from '../api/leads';
import { LeadStatusTag, OverdueTags } from './status-tag';

type Lead = Item<LeadPage['items']>;

interface Props {
  readonly page: LeadPage | undefined;
  readonly loading: boolean;
  readonly onPage: (page: number, pageSize: number) => void;
}

export function LeadTable({ page, loading, onPage }: Props) {
  const { t, label, language } = useI18n();
  const format = useFormat();
  return (
    <Table<Lead>
      rowKey={(lead) => lead.id ?? ''}
      loading={loading}
      dataSource={page?.items ?? []}
      scroll={{ x: 1280 }}
      locale={{ emptyText: t('leads.empty') }}
      pagination={{
        current: page?.page ?? 1,
        pageSize: page?.pageSize ?? 20,
        total: page?.total ?? 0,
        showSizeChanger: true,
        showTotal: (total) => t('table.total', { total }),
        onChange: onPage,
      }}
      columns={[
        {
          title: t('lead.companyName'),
          key: 'company',
          fixed: 'left',
          width: 220,
          render: (_value, lead) => (
            <Link to={`/leads/${lead.id ?? ''}`} data-testid="lead-link">
              {lead.companyName}
            </Link>
          ),
        },
        { title: t('lead.uscc'), dataIndex: 'uscc', width: 190, render: (uscc?: string) => uscc ?? '—' },
        {
          title: t('lead.industry'),
          key: 'industry',
          width: 200,
          render: (_value, lead) => industryName(lead.industry?.section, lead.industry?.division, language),
        },
        { title: t('lead.source'), dataIndex: 'source', width: 120, render: (source?: string) => label('lead.source', source) },
        { title: t('lead.status'), dataIndex: 'status', width: 90, render: (status?: string) => <LeadStatusTag status={status} /> },
        {
          title: t('lead.intendedInvestment'),
          dataIndex: 'intendedInvestment',
          width: 140,
          align: 'right',
          render: (yuan?: number) => format.wan(yuan),
        },
        { title: t('lead.promoter'), dataIndex: 'promoterId', width: 110, render: (promoter?: string) => promoter ?? '—' },
        { title: t('lead.registeredOn'), dataIndex: 'registeredOn', width: 190, render: (date?: string) => format.date(date) },
        {
          title: t('lead.timeliness'),
          key: 'timeliness',
          width: 160,
          render: (_value, lead) =>
            lead.timeliness?.overdue?.length ? (
              <OverdueTags overdue={lead.timeliness.overdue} provisional={lead.timeliness.provisional} />
            ) : (
              <Typography.Text type="secondary">{t('lead.onTime')}</Typography.Text>
            ),
        },
      ]}
    />
  );
}
