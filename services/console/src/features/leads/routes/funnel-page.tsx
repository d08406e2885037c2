import { Card, Col, DatePicker, Row, Table } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { Page } from '../../../components/page';
import { QueryState } from '../../../components/query-state';
import { useI18n } from '../../../lib/i18n/i18n';
import { useFormat } from '../../../lib/use-format';
import { todayInChina } from '../../../lib/format';
import { useFunnel } from '../api/leads';
import { SourceBars, StageFunnel } from '../components/funnel-charts';

/** 招商漏斗 over a period the person picks, from the first of this year by default. */
export function FunnelPage() {
  const { t, label } = useI18n();
  const format = useFormat();
  const today = todayInChina();
  const [range, setRange] = useState<[string, string]>([`${today.slice(0, 4)}-01-01`, today]);
  const funnel = useFunnel({ from: range[0], to: range[1] });
  return (
    <Page
      title={t('nav.funnel')}
      extra={
        <DatePicker.RangePicker
          aria-label={t('funnel.period')}
          allowClear={false}
          value={[dayjs(range[0]), dayjs(range[1])]}
          onChange={(dates) => {
            if (dates?.[0] && dates[1]) setRange([dates[0].format('YYYY-MM-DD'), dates[1].format('YYYY-MM-DD')]);
          }}
        />
      }
    >
      <QueryState query={funnel} isEmpty={(data) => (data.stages ?? []).every((stage) => !stage.count)} emptyText={t('funnel.empty')}>
        {(data) => (
          <Row gutter={[16, 16]}>
            <Col xs={24} lg={12}>
              <Card title={t('funnel.byStage')}>
                <StageFunnel funnel={data} />
              </Card>
            </Col>
            <Col xs={24} lg={12}>
              <Card title={t('funnel.bySource')}>
                <SourceBars funnel={data} />
              </Card>
            </Col>
            <Col xs={24}>
              <Card title={t('funnel.table')}>
                <Table
                  size="small"
                  pagination={false}
                  rowKey={(stage) => stage.stage ?? ''}
                  dataSource={data.stages ?? []}
                  columns={[
                    { title: t('funnel.stageColumn'), dataIndex: 'stage', render: (stage?: string) => label('funnel.stage', stage) },
                    { title: t('funnel.count'), dataIndex: 'count', align: 'right' },
                    {
                      title: t('lead.intendedInvestment'),
                      dataIndex: 'intendedInvestment',
                      align: 'right',
                      render: (yuan?: number) => format.wan(yuan),
                    },
                  ]}
                />
              </Card>
            </Col>
          </Row>
        )}
      </QueryState>
    </Page>
  );
}
