import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Divider, Form, Input } from 'antd';
import { useNavigate } from 'react-router';
import { ProblemAlert } from '../../../components/problem-alert';
import { isProblem } from '../../../lib/api/problem';
import { useI18n } from '../../../lib/i18n/i18n';
import { useSessionOptions, useSignIn } from '../../../lib/session/session';

interface Credentials {
  readonly username: string;
  readonly password: string;
}

/** A locked account says for how long; a wrong password says only that the pair was wrong. */
export function SignInForm({ returnTo }: { readonly returnTo: string }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const signIn = useSignIn();
  const options = useSessionOptions().data;
  const error = signIn.error;
  const lockedFor = isProblem(error, 'AUTH.ACCOUNT_LOCKED') ? Number(error.extra['retryAfterSeconds'] ?? 0) : undefined;
  return (
    <>
      <Form<Credentials>
        layout="vertical"
        requiredMark={false}
        onFinish={(values) => signIn.mutate(values, { onSuccess: () => void navigate(returnTo, { replace: true }) })}
      >
        <Form.Item name="username" label={t('signIn.username')} rules={[{ required: true, message: t('signIn.usernameRequired') }]}>
          <Input prefix={<UserOutlined />} autoComplete="username" autoFocus />
        </Form.Item>
        <Form.Item name="password" label={t('signIn.password')} rules={[{ required: true, message: t('signIn.passwordRequired') }]}>
          <Input.Password prefix={<LockOutlined />} autoComplete="current-password" />
        </Form.Item>
        {lockedFor !== undefined ? (
          <Alert
            type="warning"
            showIcon
            role="alert"
            message={t('signIn.locked', { minutes: Math.max(1, Math.ceil(lockedFor / 60)) })}
            description={t('problem.code', { code: 'AUTH.ACCOUNT_LOCKED' })}
            style={{ marginBottom: 16 }}
          />
        ) : error ? (
          <div style={{ marginBottom: 16 }}>
            <ProblemAlert error={error} />
          </div>
        ) : null}
        <Button type="primary" htmlType="submit" block loading={signIn.isPending}>
          {t('signIn.submit')}
        </Button>
      </Form>
      {options?.oidc ? (
        <>
          <Divider plain>{t('signIn.or')}</Divider>
          <Button block href={`${options.oidc.loginUrl}?returnTo=${encodeURIComponent(returnTo)}`}>
            {t('signIn.oidc', { provider: options.oidc.label ?? '' })}
          </Button>
        </>
      ) : null}
    </>
  );
}
