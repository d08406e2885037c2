import { Form } from 'antd';
import { CommandModal } from '../../../components/command-modal';
import { DateInput } from '../../../components/date-input';
import { todayInChina } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n/i18n';
import { useSignAgreement } from '../api/agreements';

/** 签约: the signing day is the day registration and tax registration fall due (签约即注册). */
export function SignDialog({ agreementId, onClose }: { readonly agreementId: string; readonly onClose: () => void }) {
  const { t } = useI18n();
  const [form] = Form.useForm<{ signedOn: string }>();
  const sign = useSignAgreement(agreementId);
  return (
    <CommandModal
      title={t('action.sign')}
      open
      form={form}
      pending={sign.isPending}
      error={sign.error}
      onClose={onClose}
      initialValues={{ signedOn: todayInChina() }}
      onSubmit={(values) => sign.mutateAsync({ signedOn: values.signedOn })}
    >
      <Form.Item
        name="signedOn"
        label={t('agreement.signedOn')}
        rules={[{ required: true, message: t('form.required') }]}
        extra={t('agreement.signingNote')}
      >
        <DateInput />
      </Form.Item>
    </CommandModal>
  );
}
