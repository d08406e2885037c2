import { Button, Card, Col, Form, Input, InputNumber, Row } from 'antd';
import { SelectField } from '../../../components/select-field';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { ProblemAlert } from '../../../components/problem-alert';
import { showProblemOnFields } from '../../../components/form-problem';
import { yuanOfTenThousand } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n/i18n';
import { divisionOptions, sectionOptions } from '../../../lib/industry';
import { useSession } from '../../../lib/session/session';
import { useRegisterLead, type NewLead } from '../api/leads';
import { LEAD_SOURCES } from './lead-filters';
import { ExistingLeadLink } from './existing-lead-link';
import { SimilarLeads } from './similar-leads';
import { usccRule } from './uscc-rule';

interface Values {
  readonly parkId: string;
  readonly companyName: string;
  readonly uscc?: string;
  readonly industrySection: NewLead['industrySection'];
  readonly industryDivision?: string;
  readonly source: NewLead['source'];
  readonly sourceName?: string;
  readonly contactPerson: string;
  readonly contactPhone: string;
  readonly intendedInvestmentWan: number;
  readonly landDemandMu: number;
  readonly expectedJobs: number;
  readonly expectedAnnualOutputWan: number;
  readonly expectedAnnualTaxWan: number;
  readonly product?: string;
  readonly notes?: string;
}

const blank = (text: string | undefined) => (text === undefined || text.trim() === '' ? undefined : text.trim());

/** 登记线索: amounts are typed in 万元 and sent in whole yuan; the server decides everything else. */
export function RegisterForm() {
  const { t, language } = useI18n();
  const session = useSession().data;
  const navigate = useNavigate();
  const register = useRegisterLead();
  const [form] = Form.useForm<Values>();
  const [lookup, setLookup] = useState<string>();
  const section = Form.useWatch('industrySection', form);
  const required = { required: true, message: t('form.required') };
  const submit = (values: Values) => {
    const body: NewLead = {
      parkId: values.parkId,
      companyName: values.companyName.trim(),
      industrySection: values.industrySection,
      source: values.source,
      contactPerson: values.contactPerson.trim(),
      contactPhone: values.contactPhone.trim(),
      intendedInvestment: yuanOfTenThousand(values.intendedInvestmentWan),
      landDemandMu: values.landDemandMu,
      expectedJobs: values.expectedJobs,
      expectedAnnualOutput: yuanOfTenThousand(values.expectedAnnualOutputWan),
      expectedAnnualTax: yuanOfTenThousand(values.expectedAnnualTaxWan),
      ...(blank(values.uscc) && { uscc: blank(values.uscc) }),
      ...(values.industryDivision && { industryDivision: values.industryDivision }),
      ...(blank(values.sourceName) && { sourceName: blank(values.sourceName) }),
      ...(blank(values.product) && { product: blank(values.product) }),
      ...(blank(values.notes) && { notes: blank(values.notes) }),
      ...(session?.user?.id && { promoterId: session.user.id }),
    };
    register.mutate(body, {
      onSuccess: (written) => void navigate(`/leads/${(written as { id?: string }).id ?? ''}`),
      onError: (error) => showProblemOnFields(form, error, language === 'en'),
    });
  };
  const parks = session?.parks ?? [];
  return (
    <Form<Values>
      form={form}
      layout="vertical"
      onFinish={submit}
      initialValues={{ parkId: parks[0], source: 'promotion_event' }}
      scrollToFirstError
    >
      <Card title={t('register.enterprise')} style={{ marginBottom: 16 }}>
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item name="companyName" label={t('lead.companyName')} rules={[required, { max: 200 }]}>
              <Input onBlur={(event) => setLookup(blank(event.target.value))} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="uscc" label={t('lead.uscc')} rules={[usccRule(t)]} validateTrigger={['onChange', 'onBlur']} hasFeedback>
              <Input maxLength={18} onBlur={(event) => blank(event.target.value) && setLookup(blank(event.target.value))} />
            </Form.Item>
          </Col>
          <Col xs={24}>
            <SimilarLeads search={lookup} />
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="parkId" label={t('lead.park')} rules={[required]}>
              {parks.length > 0 ? <SelectField options={parks.map((park) => ({ value: park, label: park }))} /> : <Input />}
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="industrySection" label={t('lead.industrySection')} rules={[required]}>
              <SelectField
                showSearch
                optionFilterProp="label"
                options={sectionOptions(language)}
                onChange={() => form.setFieldValue('industryDivision', undefined)}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="industryDivision" label={t('lead.industryDivision')}>
              <SelectField
                showSearch
                allowClear
                optionFilterProp="label"
                options={divisionOptions(section, language)}
                disabled={!section}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="product" label={t('lead.product')}>
              <Input />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="source" label={t('lead.source')} rules={[required]}>
              <SelectField options={LEAD_SOURCES.map((source) => ({ value: source, label: t(`lead.source.${source}`) }))} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="sourceName" label={t('lead.sourceName')}>
              <Input />
            </Form.Item>
          </Col>
        </Row>
      </Card>
      <Card title={t('register.figures')} style={{ marginBottom: 16 }}>
        <Row gutter={16}>
          {(
            [
              ['intendedInvestmentWan', 'lead.intendedInvestmentWan', 2],
              ['expectedAnnualOutputWan', 'lead.expectedAnnualOutputWan', 2],
              ['expectedAnnualTaxWan', 'lead.expectedAnnualTaxWan', 2],
              ['landDemandMu', 'lead.landDemandMu', 2],
              ['expectedJobs', 'lead.expectedJobs', 0],
            ] as const
          ).map(([name, text, precision]) => (
            <Col xs={24} md={8} key={name}>
              <Form.Item name={name} label={t(text)} rules={[required]}>
                <InputNumber min={0} precision={precision} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
          ))}
          <Col xs={24} md={8}>
            <Form.Item name="contactPerson" label={t('lead.contactPerson')} rules={[required]}>
              <Input autoComplete="off" />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="contactPhone" label={t('lead.contactPhone')} rules={[required]}>
              <Input autoComplete="off" />
            </Form.Item>
          </Col>
          <Col xs={24}>
            <Form.Item name="notes" label={t('lead.notes')}>
              <Input.TextArea rows={2} />
            </Form.Item>
          </Col>
        </Row>
      </Card>
      {register.error ? (
        <div style={{ marginBottom: 16 }}>
          <ProblemAlert error={register.error} />
          <ExistingLeadLink error={register.error} />
        </div>
      ) : null}
      <Button type="primary" htmlType="submit" loading={register.isPending}>
        {t('register.submit')}
      </Button>
    </Form>
  );
}
