import { Card, Flex, Typography } from 'antd';
import { Navigate, useSearchParams } from 'react-router';
import { useI18n } from '../../../lib/i18n/i18n';
import { useSession } from '../../../lib/session/session';
import { LanguageSwitch } from '../components/language-switch';
import { SignInForm } from '../components/sign-in-form';

/** Where a page asked for after signing in may send the person: this console's own paths only. */
export function safeReturnTo(value: string | null): string {
  return value !== null && value.startsWith('/') && !value.startsWith('//') && !value.startsWith('/\\') ? value : '/';
}

export function SignInPage() {
  const { t } = useI18n();
  const [search] = useSearchParams();
  const session = useSession();
  const returnTo = safeReturnTo(search.get('returnTo'));
  if (session.data) return <Navigate to={returnTo} replace />;
  return (
    <Flex justify="center" align="center" style={{ minHeight: '100vh', background: '#f0f2f5', padding: 16 }}>
      <main style={{ width: '100%', maxWidth: 400 }}>
        <Card>
          <Flex vertical gap={16}>
            <Flex justify="space-between" align="center">
              <Typography.Title level={1} style={{ margin: 0, fontSize: 22 }}>
                {t('app.name')}
              </Typography.Title>
              <LanguageSwitch />
            </Flex>
            <Typography.Text type="secondary">{t('signIn.subtitle')}</Typography.Text>
            <SignInForm returnTo={returnTo} />
          </Flex>
        </Card>
      </main>
    </Flex>
  );
}
