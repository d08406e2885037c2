import { Flex, Select, Switch, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { Page } from '../../../components/page';
import { ProblemAlert } from '../../../components/problem-alert';
import type { Item } from '../../../lib/api/types';
import { useI18n } from '../../../lib/i18n/i18n';
import { useFormat } from '../../../lib/use-format';
import { useProjectNames, useQueue, type QueueFilters } from '../api/approvals';
import { RemainingDays } from '../components/remaining-days';

type Entry = Item<NonNullable<ReturnType<typeof useQueue>['data']>['items']>;
const FILTERS = ['due_soon', 'overdue', 'waiting_for_materials', 'waiting_for_authority'] as const;

/** 我的代办: the server orders by working-day deadline; project and stage narrow what it sent. */
export function QueuePage() {
  const { t, label } = useI18n();
  const format = useFormat();
  const [filters, setFilters] = useState<QueueFilters>({});
  const [project, setProject] = useState<string>();
  const [stage, setStage] = useState<string>();
  const queue = useQueue(filters);
  const names = useProjectNames();
  const projectName = (id: string | undefined) => names.get(id ?? '') || (id ?? '').slice(-8);
  const items = queue.data?.items ?? [];
  const projects = [...new Set(items.map((item) => item.projectId ?? ''))].filter(Boolean);
  const stages = [...new Set(items.map((item) => item.item?.stage ?? ''))].filter(Boolean);
  const shown = items.filter((item) => (!project || item.projectId === project) && (!stage || item.item?.stage === stage));
  return (
    <Page
      title={t('nav.myItems')}
      extra={<Typography.Text type="secondary">{t('queue.asOf', { date: format.date(queue.data?.asOf) })}</Typography.Text>}
    >
      <Flex gap={8} wrap align="center" role="search" aria-label={t('queue.filters')}>
        <Select
          allowClear
          aria-label={t('queue.filter')}
          placeholder={t('queue.filter')}
          value={filters.filter}
          onChange={(filter: QueueFilters['filter']) => setFilters({ ...filters, filter })}
          options={FILTERS.map((value) => ({ value, label: label('queue.filter', value) }))}
          style={{ width: 150 }}
        />
        <Select
          allowClear
          aria-label={t('queue.project')}
          placeholder={t('queue.project')}
          value={project}
          onChange={setProject}
          options={projects.map((value) => ({ value, label: projectName(value) }))}
          style={{ width: 150 }}
        />
        <Select
          allowClear
          aria-label={t('queue.stage')}
          placeholder={t('queue.stage')}
          value={stage}
          onChange={setStage}
          options={stages.map((value) => ({ value, label: label('stage', value) }))}
          style={{ width: 170 }}
        />
        <Flex gap={4} align="center">
          <Switch
            id="mine-only"
            checked={filters.mine === 'true'}
            onChange={(checked) => setFilters({ ...filters, mine: checked ? 'true' : undefined })}
          />
          <label htmlFor="mine-only">{t('queue.mine')}</label>
        </Flex>
      </Flex>
      {queue.isError ? <ProblemAlert error={queue.error} /> : null}
      <Table<Entry>
        loading={queue.isFetching}
        rowKey={(item) => item.itemId ?? ''}
        dataSource={shown}
        locale={{ emptyText: filters.mine ? t('queue.emptyMine') : t('queue.empty') }}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        scroll={{ x: 900 }}
        columns={[
          {
            title: t('item.name'),
            key: 'name',
            fixed: 'left',
            width: 200,
            render: (_value, item) => <Link to={`/approvals/${item.itemId ?? ''}`}>{item.item?.name}</Link>,
          },
          { title: t('item.stage'), key: 'stage', width: 150, render: (_value, item) => label('stage', item.item?.stage) },
          {
            title: t('item.status'),
            dataIndex: 'status',
            width: 100,
            render: (status?: string) => <Tag>{label('item.status', status)}</Tag>,
          },
          { title: t('item.dueOn'), key: 'due', width: 180, render: (_value, item) => format.date(item.dueOn ?? item.clock?.dueOn) },
          { title: t('item.remaining'), key: 'remaining', width: 150, render: (_value, item) => <RemainingDays clock={item.clock} /> },
          { title: t('item.assignee'), dataIndex: 'assignee', width: 110, render: (assignee?: string) => assignee ?? t('item.unassigned') },
          { title: t('item.project'), dataIndex: 'projectId', width: 220, render: (id?: string) => projectName(id) },
        ]}
      />
    </Page>
  );
}
