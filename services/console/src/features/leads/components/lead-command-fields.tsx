import { Form, Input, Radio } from 'antd';
import { SelectField } from '../../../components/select-field';
import { DateInput } from '../../../components/date-input';
import { useI18n } from '../../../lib/i18n/i18n';

export const FOLLOW_UP_CHANNELS = ['phone', 'visit', 'meeting', 'wechat', 'email', 'other'] as const;
export const SCREENING_DECISIONS = ['qualify', 'reject', 'hold'] as const;

export function FollowUpFields() {
  const { t, label } = useI18n();
  const required = { required: true, message: t('form.required') };
  return (
    <>
      <Form.Item name="channel" label={t('followUp.channel')} rules={[required]}>
        <SelectField options={FOLLOW_UP_CHANNELS.map((channel) => ({ value: channel, label: label('followUp.channel', channel) }))} />
      </Form.Item>
      <Form.Item name="summary" label={t('followUp.summary')} rules={[required]}>
        <Input.TextArea rows={3} />
      </Form.Item>
      <Form.Item name="nextStep" label={t('followUp.nextStep')}>
        <Input />
      </Form.Item>
      <Form.Item name="nextStepOn" label={t('followUp.nextStepOn')}>
        <DateInput />
      </Form.Item>
    </>
  );
}

export function SiteVisitFields() {
  const { t } = useI18n();
  const required = { required: true, message: t('form.required') };
  return (
    <>
      <Form.Item name="visitedOn" label={t('siteVisit.visitedOn')} rules={[required]}>
        <DateInput />
      </Form.Item>
      <Form.Item name="visitors" label={t('siteVisit.visitors')} rules={[required]}>
        <SelectField mode="tags" open={false} aria-label={t('siteVisit.visitors')} />
      </Form.Item>
      <Form.Item name="summary" label={t('siteVisit.summary')} rules={[required]}>
        <Input.TextArea rows={3} />
      </Form.Item>
    </>
  );
}

export function ScreeningFields() {
  const { t, label } = useI18n();
  const required = { required: true, message: t('form.required') };
  return (
    <>
      <Form.Item name="decision" label={t('screening.decision')} rules={[required]}>
        <Radio.Group
          optionType="button"
          options={SCREENING_DECISIONS.map((decision) => ({ value: decision, label: label('screening.decision', decision) }))}
        />
      </Form.Item>
      <Form.Item name="reason" label={t('screening.reason')} rules={[required]}>
        <Input.TextArea rows={3} />
      </Form.Item>
    </>
  );
}

export function ReasonFields() {
  const { t } = useI18n();
  return (
    <Form.Item name="reason" label={t('lead.reason')} rules={[{ required: true, message: t('form.required') }]}>
      <Input.TextArea rows={3} />
    </Form.Item>
  );
}
