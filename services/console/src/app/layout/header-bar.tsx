import { LogoutOutlined, KeyOutlined } from '@ant-design/icons';
import { Button, Flex, Layout, Segmented, Select, Typography } from 'antd';
import { useNavigate } from 'react-router';
import type { Role } from '../../lib/session/contract';
import { useI18n, type Language } from '../../lib/i18n/i18n';
import { useSession, useSignOut, useSwitchRole } from '../../lib/session/session';

export function HeaderBar() {
  const { t, label, language, setLanguage } = useI18n();
  const session = useSession().data;
  const signOut = useSignOut();
  const switchRole = useSwitchRole();
  const navigate = useNavigate();
  if (!session) return null;
  return (
    <Layout.Header style={{ background: '#fff', padding: '0 16px', height: 'auto', lineHeight: 'normal' }}>
      <Flex justify="flex-end" align="center" gap={12} wrap style={{ minHeight: 56, paddingBlock: 8 }}>
        <Typography.Text strong>{session.user.displayName}</Typography.Text>
        {session.roles.length > 1 ? (
          <Select
            aria-label={t('header.role')}
            value={session.role}
            style={{ minWidth: 120 }}
            options={session.roles.map((role) => ({ value: role, label: label('role', role) }))}
            onChange={(role: Role) => switchRole.mutate(role, { onSuccess: () => void navigate('/') })}
          />
        ) : (
          <Typography.Text type="secondary">{label('role', session.role)}</Typography.Text>
        )}
        <Segmented<Language>
          aria-label={t('header.language')}
          value={language}
          onChange={setLanguage}
          options={[
            { value: 'zh-CN', label: t('header.chinese') },
            { value: 'en', label: t('header.english') },
          ]}
        />
        <Button icon={<KeyOutlined />} onClick={() => void navigate('/password')}>
          {t('header.password')}
        </Button>
        <Button
          icon={<LogoutOutlined />}
          loading={signOut.isPending}
          onClick={() => signOut.mutate(undefined, { onSettled: () => void navigate('/sign-in') })}
        >
          {t('header.signOut')}
        </Button>
      </Flex>
    </Layout.Header>
  );
}
