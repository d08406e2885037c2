import { Alert, Descriptions } from 'antd';
import { useI18n } from '../../../lib/i18n/i18n';
import { useFormat } from '../../../lib/use-format';
import { useParkPolicy } from '../api/leads';

/** The park's screening rules as in force now; the server judges the lead against them when it is screened. */
export function PolicySummary({ parkId }: { readonly parkId: string | undefined }) {
  const { t } = useI18n();
  const format = useFormat();
  const policy = useParkPolicy(parkId);
  if (policy.isError) return <Alert type="warning" showIcon message={t('screening.noPolicy')} style={{ marginBottom: 16 }} />;
  const rules = policy.data?.rules;
  if (!rules) return null;
  const industries = (list: ReadonlyArray<{ section?: string; division?: string }> | undefined) =>
    (list ?? []).map((industry) => `${industry.section ?? ''}${industry.division ?? ''}`).join('、') || '—';
  return (
    <Descriptions
      size="small"
      column={1}
      bordered
      title={t('screening.policy', { version: policy.data?.version ?? '' })}
      style={{ marginBottom: 16 }}
    >
      <Descriptions.Item label={t('rule.wanted_industry')}>{industries(rules.wantedIndustries)}</Descriptions.Item>
      <Descriptions.Item label={t('rule.excluded_category')}>{industries(rules.excludedIndustries)}</Descriptions.Item>
      <Descriptions.Item label={t('rule.investment_intensity')}>
        {t('unit.perMu', { amount: format.number(rules.minimumInvestmentIntensity) })}
      </Descriptions.Item>
      <Descriptions.Item label={t('rule.tax_per_mu')}>
        {t('unit.perMu', { amount: format.number(rules.minimumTaxPerMu) })}
      </Descriptions.Item>
      <Descriptions.Item label={t('rule.minimum_jobs')}>{format.number(rules.minimumJobs)}</Descriptions.Item>
    </Descriptions>
  );
}
