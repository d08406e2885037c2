import { Button, Card, Checkbox, Col, Form, Input, InputNumber, Row, Typography } from 'antd';
import { SelectField } from '../../../components/select-field';
import { squareMetresToMu } from '@ia/reference';
import { useNavigate } from 'react-router';
import { ProblemAlert } from '../../../components/problem-alert';
import { showProblemOnFields } from '../../../components/form-problem';
import { yuanOfTenThousand } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n/i18n';
import { useFormat } from '../../../lib/use-format';
import { useDraftAgreement, useIncentiveCatalog, useQualifiedLeads, type NewAgreement } from '../api/agreements';

interface Values {
  readonly leadId: string;
  readonly projectName: string;
  readonly parkSignatory: string;
  readonly enterpriseSignatory: string;
  readonly totalInvestmentWan: number;
  readonly fixedAssetInvestmentWan: number;
  readonly landAreaSquareMetres: number;
  readonly parcelCode?: string;
  readonly daysFromDeliveryToStart: number;
  readonly monthsToProduction: number;
  readonly jobs: number;
  readonly taxPerMuWan: number;
  readonly incentives?: string[];
  readonly factoryAreaSquareMetres?: number;
}

/** 起草协议 from a qualified lead: commitments and chosen incentives; the server computes what they are worth. */
export function DraftForm({ leadId }: { readonly leadId: string | undefined }) {
  const { t, language } = useI18n();
  const format = useFormat();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const draft = useDraftAgreement();
  const leads = useQualifiedLeads();
  const chosenLead = Form.useWatch('leadId', form) ?? leadId;
  const parkId = leads.data?.items?.find((lead) => lead.leadId === chosenLead)?.parkId;
  const catalog = useIncentiveCatalog(parkId);
  const area = Form.useWatch('landAreaSquareMetres', form);
  const chosen = Form.useWatch('incentives', form) ?? [];
  const rentWaivers = new Set(
    (catalog.data?.incentives ?? []).filter((incentive) => incentive.kind === 'rent_waiver').map((incentive) => incentive.code),
  );
  const needsFactoryArea = chosen.some((code) => rentWaivers.has(code));
  const required = { required: true, message: t('form.required') };
  const submit = (values: Values) => {
    const body: NewAgreement = {
      leadId: values.leadId,
      projectName: values.projectName.trim(),
      parties: { parkSignatory: values.parkSignatory.trim(), enterpriseSignatory: values.enterpriseSignatory.trim() },
      commitments: {
        totalInvestment: yuanOfTenThousand(values.totalInvestmentWan),
        fixedAssetInvestment: yuanOfTenThousand(values.fixedAssetInvestmentWan),
        landAreaSquareMetres: values.landAreaSquareMetres,
        daysFromDeliveryToStart: values.daysFromDeliveryToStart,
        monthsToProduction: values.monthsToProduction,
        jobs: values.jobs,
        taxPerMu: yuanOfTenThousand(values.taxPerMuWan),
        ...(values.parcelCode?.trim() && { parcelCode: values.parcelCode.trim() }),
      },
      incentives: (values.incentives ?? []).map((code) =>
        rentWaivers.has(code) && values.factoryAreaSquareMetres !== undefined
          ? { code, factoryAreaSquareMetres: values.factoryAreaSquareMetres }
          : { code },
      ),
    };
    draft.mutate(body, {
      onSuccess: (written) => void navigate(`/agreements/${(written as { id?: string }).id ?? ''}`),
      onError: (error) => showProblemOnFields(form, error, language === 'en'),
    });
  };
  const numbers = [
    ['totalInvestmentWan', 'commitment.totalInvestmentWan', 2],
    ['fixedAssetInvestmentWan', 'commitment.fixedAssetInvestmentWan', 2],
    ['landAreaSquareMetres', 'commitment.landAreaSquareMetres', 2],
    ['daysFromDeliveryToStart', 'commitment.daysFromDeliveryToStart', 0],
    ['monthsToProduction', 'commitment.monthsToProduction', 0],
    ['jobs', 'commitment.jobs', 0],
    ['taxPerMuWan', 'commitment.taxPerMuWan', 2],
  ] as const;
  return (
    <Form<Values> form={form} layout="vertical" onFinish={submit} initialValues={{ leadId, incentives: [] }} scrollToFirstError>
      <Card title={t('draft.parties')} style={{ marginBottom: 16 }}>
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item name="leadId" label={t('draft.lead')} rules={[required]}>
              <SelectField
                loading={leads.isPending}
                options={(leads.data?.items ?? []).map((lead) => ({
                  value: lead.leadId,
                  label: `${lead.companyName ?? ''} (${format.date(lead.qualifiedOn)})`,
                }))}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="projectName" label={t('agreement.projectName')} rules={[required]}>
              <Input />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="parkSignatory" label={t('agreement.parkSignatory')} rules={[required]}>
              <Input />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="enterpriseSignatory" label={t('agreement.enterpriseSignatory')} rules={[required]}>
              <Input />
            </Form.Item>
          </Col>
        </Row>
      </Card>
      <Card title={t('draft.commitments')} style={{ marginBottom: 16 }}>
        <Row gutter={16}>
          {numbers.map(([name, text, precision]) => (
            <Col xs={24} md={8} key={name}>
              <Form.Item
                name={name}
                label={t(text)}
                rules={[required]}
                extra={
                  name === 'landAreaSquareMetres' && typeof area === 'number' && area > 0
                    ? t('unit.mu', { mu: format.number(squareMetresToMu(area)) })
                    : undefined
                }
              >
                <InputNumber min={0} precision={precision} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
          ))}
          <Col xs={24} md={8}>
            <Form.Item name="parcelCode" label={t('commitment.parcelCode')}>
              <Input />
            </Form.Item>
          </Col>
        </Row>
      </Card>
      <Card title={t('draft.incentives')} style={{ marginBottom: 16 }}>
        {catalog.isError ? <ProblemAlert error={catalog.error} /> : null}
        {parkId === undefined ? <Typography.Text type="secondary">{t('draft.chooseLeadFirst')}</Typography.Text> : null}
        <Form.Item name="incentives">
          <Checkbox.Group
            options={(catalog.data?.incentives ?? []).map((incentive) => ({
              value: incentive.code ?? '',
              label: incentive.name ?? incentive.code,
            }))}
          />
        </Form.Item>
        {needsFactoryArea ? (
          <Form.Item name="factoryAreaSquareMetres" label={t('draft.factoryArea')} rules={[required]}>
            <InputNumber min={0} precision={2} style={{ width: 240 }} />
          </Form.Item>
        ) : null}
        <Typography.Text type="secondary">{t('draft.incentivesComputed')}</Typography.Text>
      </Card>
      {draft.error ? (
        <div style={{ marginBottom: 16 }}>
          <ProblemAlert error={draft.error} />
        </div>
      ) : null}
      <Button type="primary" htmlType="submit" loading={draft.isPending}>
        {t('draft.submit')}
      </Button>
    </Form>
  );
}
