import { Card, Col, Descriptions, Flex, Row } from 'antd';
import { useParams } from 'react-router';
import { Page } from '../../../components/page';
import { QueryState } from '../../../components/query-state';
import { useI18n } from '../../../lib/i18n/i18n';
import { industryName } from '../../../lib/industry';
import { useFormat } from '../../../lib/use-format';
import { useLead, type LeadDetail } from '../api/leads';
import { LeadActions } from '../components/lead-actions';
import { LeadTimeline } from '../components/lead-timeline';
import { ScreeningResults } from '../components/screening-results';
import { LeadStatusTag, OverdueTags } from '../components/status-tag';

function LeadProfile({ lead }: { readonly lead: LeadDetail }) {
  const { t, label, language } = useI18n();
  const format = useFormat();
  return (
    <Descriptions bordered size="small" column={{ xs: 1, sm: 1, md: 2, lg: 2, xl: 2, xxl: 2 }}>
      <Descriptions.Item label={t('lead.uscc')}>{lead.uscc ?? '—'}</Descriptions.Item>
      <Descriptions.Item label={t('lead.park')}>{lead.parkId}</Descriptions.Item>
      <Descriptions.Item label={t('lead.industry')}>
        {industryName(lead.industry?.section, lead.industry?.division, language)}
      </Descriptions.Item>
      <Descriptions.Item label={t('lead.product')}>{lead.product ?? '—'}</Descriptions.Item>
      <Descriptions.Item label={t('lead.source')}>
        {label('lead.source', lead.source)}
        {lead.sourceName ? ` · ${lead.sourceName}` : ''}
      </Descriptions.Item>
      <Descriptions.Item label={t('lead.promoter')}>{lead.promoterId ?? '—'}</Descriptions.Item>
      <Descriptions.Item label={t('lead.contactPerson')}>{lead.contactPerson}</Descriptions.Item>
      <Descriptions.Item label={t('lead.contactPhone')}>{lead.contactPhone}</Descriptions.Item>
      <Descriptions.Item label={t('lead.intendedInvestment')}>{format.wan(lead.intendedInvestment)}</Descriptions.Item>
      <Descriptions.Item label={t('lead.landDemandMu')}>{format.number(lead.landDemandMu)}</Descriptions.Item>
      <Descriptions.Item label={t('lead.expectedJobs')}>{format.number(lead.expectedJobs)}</Descriptions.Item>
      <Descriptions.Item label={t('lead.expectedAnnualOutput')}>{format.wan(lead.expectedAnnualOutput)}</Descriptions.Item>
      <Descriptions.Item label={t('lead.expectedAnnualTax')}>{format.wan(lead.expectedAnnualTax)}</Descriptions.Item>
      <Descriptions.Item label={t('lead.registeredOn')}>{format.date(lead.registeredOn)}</Descriptions.Item>
      <Descriptions.Item label={t('lead.firstResponseDueOn')}>{format.date(lead.timeliness?.firstResponseDueOn)}</Descriptions.Item>
      <Descriptions.Item label={t('lead.assessmentDueOn')}>{format.date(lead.timeliness?.assessmentDueOn)}</Descriptions.Item>
      {lead.qualifiedOn ? <Descriptions.Item label={t('lead.qualifiedOn')}>{format.date(lead.qualifiedOn)}</Descriptions.Item> : null}
      {lead.signedOn ? <Descriptions.Item label={t('lead.signedOn')}>{format.date(lead.signedOn)}</Descriptions.Item> : null}
      {lead.notes ? <Descriptions.Item label={t('lead.notes')}>{lead.notes}</Descriptions.Item> : null}
    </Descriptions>
  );
}

export function LeadPage() {
  const { t } = useI18n();
  const { id = '' } = useParams();
  const lead = useLead(id);
  return (
    <QueryState query={lead}>
      {(data) => (
        <Page
          title={
            <Flex gap={8} align="center" wrap component="span">
              {data.companyName}
              <LeadStatusTag status={data.status} />
              <OverdueTags overdue={data.timeliness?.overdue} provisional={data.timeliness?.provisional} />
            </Flex>
          }
        >
          <LeadActions lead={data} />
          <Row gutter={[16, 16]}>
            <Col xs={24} xl={14}>
              <Flex vertical gap={16}>
                <Card title={t('lead.profile')}>
                  <LeadProfile lead={data} />
                </Card>
                <Card title={t('screening.title')}>
                  {data.lastScreening ? <ScreeningResults screening={data.lastScreening} /> : t('screening.none')}
                </Card>
              </Flex>
            </Col>
            <Col xs={24} xl={10}>
              <Card title={t('lead.timeline')}>
                <LeadTimeline timeline={data.timeline} />
              </Card>
            </Col>
          </Row>
        </Page>
      )}
    </QueryState>
  );
}
