import { Alert, Button, Card, Form, Input } from 'antd';
import { useNavigate } from 'react-router';
import { Page } from '../../../components/page';
import { ProblemAlert } from '../../../components/problem-alert';
import { showProblemOnFields } from '../../../components/form-problem';
import { useI18n } from '../../../lib/i18n/i18n';
import { useChangePassword, useSession } from '../../../lib/session/session';

interface Passwords {
  readonly currentPassword: string;
  readonly newPassword: string;
  readonly repeated: string;
}

/** After a one-time password every other route answers 403 until the person sets their own. */
export function PasswordPage() {
  const { t, language } = useI18n();
  const [form] = Form.useForm<Passwords>();
  const change = useChangePassword();
  const navigate = useNavigate();
  const mustChange = useSession().data?.mustChangePassword === true;
  return (
    <Page title={t('password.title')}>
      <Card style={{ maxWidth: 480 }}>
        {mustChange ? <Alert type="info" showIcon message={t('password.mustChange')} style={{ marginBottom: 16 }} /> : null}
        <Form<Passwords>
          form={form}
          layout="vertical"
          onFinish={({ currentPassword, newPassword }) =>
            change.mutate(
              { currentPassword, newPassword },
              {
                onSuccess: () => void navigate('/', { replace: true }),
                onError: (error) => showProblemOnFields(form, error, language === 'en'),
              },
            )
          }
        >
          <Form.Item name="currentPassword" label={t('password.current')} rules={[{ required: true, message: t('form.required') }]}>
            <Input.Password autoComplete="current-password" />
          </Form.Item>
          <Form.Item name="newPassword" label={t('password.new')} rules={[{ required: true, message: t('form.required') }]}>
            <Input.Password autoComplete="new-password" />
          </Form.Item>
          <Form.Item
            name="repeated"
            label={t('password.repeat')}
            dependencies={['newPassword']}
            rules={[
              { required: true, message: t('form.required') },
              ({ getFieldValue }) => ({
                validator: (_rule, value) =>
                  value === getFieldValue('newPassword') ? Promise.resolve() : Promise.reject(new Error(t('password.mismatch'))),
              }),
            ]}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
          {change.error ? <ProblemAlert error={change.error} /> : null}
          <Button type="primary" htmlType="submit" loading={change.isPending} style={{ marginTop: 16 }}>
            {t('password.submit')}
          </Button>
        </Form>
      </Card>
    </Page>
  );
}
