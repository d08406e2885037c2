import { Form, Modal, type FormInstance } from 'antd';
import type { ReactNode } from 'react';
import { useI18n } from '../lib/i18n/i18n';
import { ProblemAlert } from './problem-alert';
import { showProblemOnFields } from './form-problem';

interface Props<Values> {
  readonly title: string;
  readonly open: boolean;
  readonly form: FormInstance<Values>;
  readonly pending: boolean;
  readonly error: unknown;
  readonly onClose: () => void;
  /** Sends the command; resolves when the server accepted it. */
  readonly onSubmit: (values: Values) => Promise<unknown>;
  readonly initialValues?: Partial<Values>;
  readonly children: ReactNode;
}

/** One command as a dialog: its fields, the server's refusal beside the field it names, closed once accepted. */
export function CommandModal<Values extends object>({
  title,
  open,
  form,
  pending,
  error,
  onClose,
  onSubmit,
  initialValues,
  children,
}: Props<Values>) {
  const { t, language } = useI18n();
  return (
    <Modal
      title={title}
      open={open}
      onCancel={onClose}
      okText={t('form.submit')}
      cancelText={t('form.cancel')}
      confirmLoading={pending}
      onOk={() => form.submit()}
      destroyOnHidden
      forceRender
    >
      <Form<Values>
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={initialValues}
        onFinish={(values) => {
          onSubmit(values).then(onClose, (failure: unknown) => {
            showProblemOnFields(form, failure, language === 'en');
          });
        }}
      >
        {children}
        {error ? <ProblemAlert error={error} /> : null}
      </Form>
    </Modal>
  );
}
