import { Card, Col, List, Row, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { Page } from '../../../components/page';
import { QueryState } from '../../../components/query-state';
import { useI18n } from '../../../lib/i18n/i18n';
import { useFormat } from '../../../lib/use-format';
import { useBoard } from '../api/approvals';

/** 逾期与失信预警: overdue items and broken promises, grouped by agent and stage as the server grouped them. */
export function BoardPage() {
  const { t, label } = useI18n();
  const format = useFormat();
  const board = useBoard();
  return (
    <Page
      title={t('nav.board')}
      extra={<Typography.Text type="secondary">{t('queue.asOf', { date: format.date(board.data?.asOf) })}</Typography.Text>}
    >
      <QueryState query={board}>
        {(data) => (
          <Row gutter={[16, 16]}>
            <Col xs={24} lg={12}>
              <Card title={t('board.overdue')}>
                <List
                  locale={{ emptyText: t('board.noOverdue') }}
                  dataSource={(data.overdue ?? []).flatMap((group) => (group.entries ?? []).map((entry) => ({ group, entry })))}
                  renderItem={({ group, entry }) => (
                    <List.Item>
                      <List.Item.Meta
                        title={<Link to={`/approvals/${entry.itemId ?? ''}`}>{entry.name}</Link>}
                        description={`${group.agentId ?? t('item.unassigned')} · ${label('stage', group.stage)} · ${format.date(entry.dueOn)}`}
                      />
                      <Tag color="red">{t('clock.overdue', { days: entry.overdueDays ?? 0 })}</Tag>
                    </List.Item>
                  )}
                />
              </Card>
            </Col>
            <Col xs={24} lg={12}>
              <Card title={t('board.brokenPromises')}>
                <List
                  locale={{ emptyText: t('board.noBrokenPromises') }}
                  dataSource={(data.brokenPromises ?? []).flatMap((group) => (group.entries ?? []).map((entry) => ({ group, entry })))}
                  renderItem={({ group, entry }) => (
                    <List.Item>
                      <List.Item.Meta
                        title={<Link to={`/approvals/${entry.itemId ?? ''}`}>{label('promise.kind', entry.kind)}</Link>}
                        description={`${group.agentId ?? t('item.unassigned')} · ${entry.materialCode ?? ''} · ${t('material.promisedOn', { date: format.date(entry.promisedOn) })}`}
                      />
                    </List.Item>
                  )}
                />
              </Card>
            </Col>
          </Row>
        )}
      </QueryState>
    </Page>
  );
}
