import { Button, Flex, Input, Select, Switch, Typography } from 'antd';
import { useI18n } from '../../../lib/i18n/i18n';
import type { LeadFilters } from '../api/leads';

export const LEAD_STATUSES = ['open', 'qualified', 'on_hold', 'rejected', 'dropped', 'signed'] as const;
export const LEAD_SOURCES = ['promotion_event', 'investor_referral', 'commissioned_agency', 'walk_in_or_phone', 'online', 'other'] as const;

interface Props {
  readonly filters: LeadFilters;
  readonly onChange: (filters: LeadFilters) => void;
}

export function LeadFiltersBar({ filters, onChange }: Props) {
  const { t, label } = useI18n();
  const set = (patch: Partial<LeadFilters>) => onChange({ ...filters, ...patch, page: '1' });
  return (
    <Flex gap={8} wrap align="center" role="search" aria-label={t('leads.filters')}>
      <Input.Search
        allowClear
        aria-label={t('leads.search')}
        placeholder={t('leads.search')}
        defaultValue={filters.search}
        onSearch={(search) => set({ search: search.trim() === '' ? undefined : search.trim() })}
        style={{ width: 260 }}
      />
      <Select
        allowClear
        aria-label={t('leads.stage')}
        placeholder={t('leads.stage')}
        value={filters.status}
        onChange={(status: LeadFilters['status']) => set({ status })}
        options={LEAD_STATUSES.map((status) => ({ value: status, label: label('lead.status', status) }))}
        style={{ width: 130 }}
      />
      <Select
        allowClear
        aria-label={t('leads.source')}
        placeholder={t('leads.source')}
        value={filters.source}
        onChange={(source: LeadFilters['source']) => set({ source })}
        options={LEAD_SOURCES.map((source) => ({ value: source, label: label('lead.source', source) }))}
        style={{ width: 160 }}
      />
      <Input
        allowClear
        aria-label={t('leads.promoter')}
        placeholder={t('leads.promoter')}
        defaultValue={filters.promoter}
        onPressEnter={(event) => set({ promoter: event.currentTarget.value.trim() || undefined })}
        onBlur={(event) => {
          const promoter = event.currentTarget.value.trim() || undefined;
          if (promoter !== filters.promoter) set({ promoter });
        }}
        style={{ width: 140 }}
      />
      <Flex gap={4} align="center">
        <Switch
          id="overdue-only"
          checked={filters.overdue === 'true'}
          onChange={(checked) => set({ overdue: checked ? 'true' : undefined })}
        />
        <Typography.Text>
          <label htmlFor="overdue-only">{t('leads.overdueOnly')}</label>
        </Typography.Text>
      </Flex>
      <Button onClick={() => onChange({ page: '1' })}>{t('leads.resetFilters')}</Button>
    </Flex>
  );
}
