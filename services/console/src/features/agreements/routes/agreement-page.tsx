import { Button, Card, Descriptions, Flex, Tag } from 'antd';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { Page } from '../../../components/page';
import { QueryState } from '../../../components/query-state';
import { useI18n } from '../../../lib/i18n/i18n';
import { usePermissions } from '../../../lib/session/session';
import { useFormat } from '../../../lib/use-format';
import { squareMetresToMu } from '@ia/reference';
import { useAgreement } from '../api/agreements';
import { IncentiveTable } from '../components/incentive-table';
import { SignDialog } from '../components/sign-dialog';

const STATUS_COLOURS: Readonly<Record<string, string>> = { draft: 'blue', signed: 'green', terminated: 'red' };

export function AgreementPage() {
  const { t, label } = useI18n();
  const format = useFormat();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const { can } = usePermissions();
  const agreement = useAgreement(id);
  const [signing, setSigning] = useState(false);
  return (
    <QueryState query={agreement}>
      {(data) => {
        const commitments = data.commitments;
        const projectId = data.signing?.projectId;
        return (
          <Page
            title={
              <Flex gap={8} align="center" wrap component="span">
                {data.projectName}
                <Tag color={STATUS_COLOURS[data.status ?? ''] ?? 'default'}>{label('agreement.status', data.status)}</Tag>
              </Flex>
            }
            extra={
              <Flex gap={8} wrap>
                {data.status === 'draft' && can(['POST', '/api/v1/agreements/{id}/sign']) ? (
                  <Button type="primary" onClick={() => setSigning(true)}>
                    {t('action.sign')}
                  </Button>
                ) : null}
                {projectId ? <Button onClick={() => void navigate(`/projects/${projectId}`)}>{t('action.openProject')}</Button> : null}
              </Flex>
            }
          >
            <Card title={t('agreement.enterprise')}>
              <Descriptions bordered size="small" column={{ xs: 1, sm: 1, md: 2, lg: 2, xl: 2, xxl: 2 }}>
                <Descriptions.Item label={t('lead.companyName')}>{data.enterprise?.name}</Descriptions.Item>
                <Descriptions.Item label={t('lead.uscc')}>{data.enterprise?.uscc ?? '—'}</Descriptions.Item>
                <Descriptions.Item label={t('agreement.parkSignatory')}>{data.parties?.parkSignatory}</Descriptions.Item>
                <Descriptions.Item label={t('agreement.enterpriseSignatory')}>{data.parties?.enterpriseSignatory}</Descriptions.Item>
                <Descriptions.Item label={t('agreement.signedOn')}>{format.date(data.signing?.signedOn)}</Descriptions.Item>
                <Descriptions.Item label={t('agreement.countedInvestment')}>{format.wan(data.countedInvestment)}</Descriptions.Item>
              </Descriptions>
            </Card>
            <Card title={t('draft.commitments')}>
              <Descriptions bordered size="small" column={{ xs: 1, sm: 1, md: 2, lg: 2, xl: 2, xxl: 2 }}>
                <Descriptions.Item label={t('commitment.totalInvestment')}>{format.wan(commitments?.totalInvestment)}</Descriptions.Item>
                <Descriptions.Item label={t('commitment.fixedAssetInvestment')}>
                  {format.wan(commitments?.fixedAssetInvestment)}
                </Descriptions.Item>
                <Descriptions.Item label={t('commitment.landArea')}>
                  {t('unit.areaWithMu', {
                    area: format.number(commitments?.landAreaSquareMetres),
                    mu: format.number(commitments?.landAreaSquareMetres ? squareMetresToMu(commitments.landAreaSquareMetres) : undefined),
                  })}
                </Descriptions.Item>
                <Descriptions.Item label={t('commitment.parcelCode')}>{commitments?.parcelCode ?? '—'}</Descriptions.Item>
                <Descriptions.Item label={t('commitment.daysFromDeliveryToStart')}>
                  {format.number(commitments?.daysFromDeliveryToStart)}
                </Descriptions.Item>
                <Descriptions.Item label={t('commitment.monthsToProduction')}>
                  {format.number(commitments?.monthsToProduction)}
                </Descriptions.Item>
                <Descriptions.Item label={t('commitment.jobs')}>{format.number(commitments?.jobs)}</Descriptions.Item>
                <Descriptions.Item label={t('commitment.taxPerMu')}>{format.wan(commitments?.taxPerMu)}</Descriptions.Item>
              </Descriptions>
            </Card>
            <Card title={t('draft.incentives')}>
              <IncentiveTable incentives={data.incentives} />
            </Card>
            {signing ? <SignDialog agreementId={id} onClose={() => setSigning(false)} /> : null}
          </Page>
        );
      }}
    </QueryState>
  );
}
