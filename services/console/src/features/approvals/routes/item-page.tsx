import { Card, Col, Descriptions, Flex, Row, Table, Tag } from 'antd';
import { useParams } from 'react-router';
import { Page } from '../../../components/page';
import { QueryState } from '../../../components/query-state';
import { useI18n } from '../../../lib/i18n/i18n';
import { useFormat } from '../../../lib/use-format';
import { useItem, type ApprovalItem } from '../api/approvals';
import { ItemActions } from '../components/item-actions';
import { RemainingDays } from '../components/remaining-days';

function Materials({ item }: { readonly item: ApprovalItem }) {
  const { t, label } = useI18n();
  const format = useFormat();
  const received = new Set(item.intake?.materialCodes ?? []);
  const deferred = new Map((item.deficiencies ?? []).map((deficiency) => [deficiency.materialCode, deficiency]));
  return (
    <Table
      size="small"
      pagination={false}
      rowKey={(material) => material.code ?? ''}
      dataSource={item.item?.materials ?? []}
      data-testid="materials"
      columns={[
        { title: t('material.name'), dataIndex: 'name' },
        { title: t('material.kind'), dataIndex: 'kind', render: (kind?: string) => label('material.kind', kind) },
        {
          title: t('material.state'),
          key: 'state',
          render: (_value, material) => {
            const deficiency = deferred.get(material.code);
            if (deficiency?.suppliedOn)
              return <Tag color="green">{t('material.suppliedOn', { date: format.date(deficiency.suppliedOn) })}</Tag>;
            if (deficiency) return <Tag color="orange">{t('material.promisedOn', { date: format.date(deficiency.promisedOn) })}</Tag>;
            return received.has(material.code ?? '') ? (
              <Tag color="green">{t('material.received')}</Tag>
            ) : (
              <Tag>{t('material.missing')}</Tag>
            );
          },
        },
      ]}
    />
  );
}

function ItemFacts({ item }: { readonly item: ApprovalItem }) {
  const { t, label } = useI18n();
  const format = useFormat();
  const suspension = (item.suspensions ?? []).find((entry) => !entry.resumedOn);
  return (
    <Descriptions bordered size="small" column={{ xs: 1, sm: 1, md: 2, lg: 2, xl: 2, xxl: 2 }}>
      <Descriptions.Item label={t('item.stage')}>{label('stage', item.item?.stage)}</Descriptions.Item>
      <Descriptions.Item label={t('item.project')}>{item.projectId}</Descriptions.Item>
      <Descriptions.Item label={t('item.origin')}>{label('item.origin', item.origin)}</Descriptions.Item>
      <Descriptions.Item label={t('item.assignee')}>{item.assignee ?? t('item.unassigned')}</Descriptions.Item>
      <Descriptions.Item label={t('item.openedOn')}>{format.date(item.openedOn)}</Descriptions.Item>
      <Descriptions.Item label={t('item.dueOn')}>{format.date(item.dueOn ?? item.clock?.dueOn)}</Descriptions.Item>
      <Descriptions.Item label={t('item.timeLimit')}>
        {t('item.workingDays', { days: item.clock?.limitDays ?? item.item?.timeLimitDays ?? 0 })}
      </Descriptions.Item>
      <Descriptions.Item label={t('item.remaining')}>
        <RemainingDays clock={item.clock} />
      </Descriptions.Item>
      {item.intake ? (
        <>
          <Descriptions.Item label={t('intake.receivedOn')}>{format.date(item.intake.receivedOn)}</Descriptions.Item>
          <Descriptions.Item label={t('intake.formReference')}>{item.intake.formReference}</Descriptions.Item>
          <Descriptions.Item label={t('intake.applicantName')}>{item.intake.applicantName}</Descriptions.Item>
          <Descriptions.Item label={t('intake.applicantIdNumber')}>{item.intake.applicantIdNumber}</Descriptions.Item>
        </>
      ) : null}
      {item.acceptance ? (
        <Descriptions.Item label={t('acceptance.mode')}>
          {label('acceptance', item.acceptance)} · {format.date(item.acceptedOn)}
        </Descriptions.Item>
      ) : null}
      {suspension ? <Descriptions.Item label={t('suspension.supplyBy')}>{format.date(suspension.supplyBy)}</Descriptions.Item> : null}
      {item.submittedOn ? (
        <Descriptions.Item
          label={t('submission.authority')}
        >{`${item.authority ?? ''} · ${format.date(item.submittedOn)}`}</Descriptions.Item>
      ) : null}
      {item.grant ? (
        <Descriptions.Item
          label={t('grant.licenceNumber')}
        >{`${item.grant.licenceNumber ?? ''} · ${format.date(item.grant.grantedOn)}`}</Descriptions.Item>
      ) : null}
    </Descriptions>
  );
}

export function ItemPage() {
  const { label } = useI18n();
  const { t } = useI18n();
  const { itemId = '' } = useParams();
  const item = useItem(itemId);
  return (
    <QueryState query={item}>
      {(data) => (
        <Page
          title={
            <Flex gap={8} align="center" wrap component="span">
              {data.item?.name}
              <Tag color={data.status === 'granted' ? 'green' : 'blue'}>{label('item.status', data.status)}</Tag>
            </Flex>
          }
        >
          <ItemActions item={data} />
          <Row gutter={[16, 16]}>
            <Col xs={24} xl={14}>
              <Card title={t('item.facts')}>
                <ItemFacts item={data} />
              </Card>
            </Col>
            <Col xs={24} xl={10}>
              <Card title={t('item.materials')}>
                <Materials item={data} />
              </Card>
            </Col>
          </Row>
        </Page>
      )}
    </QueryState>
  );
}
