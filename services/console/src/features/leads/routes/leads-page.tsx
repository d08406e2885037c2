import { PlusOutlined } from '@ant-design/icons';
import { Button, Flex } from 'antd';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { Page } from '../../../components/page';
import { ProblemAlert } from '../../../components/problem-alert';
import { useI18n } from '../../../lib/i18n/i18n';
import { usePermissions } from '../../../lib/session/session';
import { useLeads, type LeadFilters } from '../api/leads';
import { LeadFiltersBar } from '../components/lead-filters';
import { LeadTable } from '../components/lead-table';

const FILTER_KEYS = ['status', 'source', 'promoter', 'overdue', 'search', 'page', 'pageSize'] as const;

/** 线索池: the filters live in the address, so a filtered list can be bookmarked and shared. */
export function LeadsPage() {
  const { t } = useI18n();
  const { can } = usePermissions();
  const [search, setSearch] = useSearchParams();
  const [generation, setGeneration] = useState(0);
  const filters = Object.fromEntries(FILTER_KEYS.flatMap((key) => (search.get(key) ? [[key, search.get(key)]] : []))) as LeadFilters;
  const leads = useLeads({ pageSize: '20', ...filters });
  const apply = (next: LeadFilters) => {
    if (Object.keys(next).length <= 1) setGeneration((value) => value + 1);
    setSearch(Object.fromEntries(Object.entries(next).filter(([, value]) => value !== undefined && value !== '')));
  };
  return (
    <Page
      title={t('leads.title')}
      extra={
        can(['POST', '/api/v1/leads']) ? (
          <Link to="/leads/new">
            <Button type="primary" icon={<PlusOutlined />}>
              {t('nav.registerLead')}
            </Button>
          </Link>
        ) : null
      }
    >
      <Flex vertical gap={12}>
        <LeadFiltersBar key={generation} filters={filters} onChange={apply} />
        {leads.isError ? <ProblemAlert error={leads.error} /> : null}
        <LeadTable
          page={leads.data}
          loading={leads.isFetching}
          onPage={(page, pageSize) => apply({ ...filters, page: String(page), pageSize: String(pageSize) })}
        />
      </Flex>
    </Page>
  );
}
