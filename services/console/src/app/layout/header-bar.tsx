import { KeyOutlined, LogoutOutlined, MenuOutlined } from '@ant-design/icons';
import { Button, Flex, Grid, Layout, Segmented, Select, Typography } from 'antd';
import { useNavigate } from 'react-router';
import type { Role } from '../../lib/session/session';
import { useI18n, type Language } from '../../lib/i18n/i18n';
import { useSession, useSignOut, useSwitchRole } from '../../lib/session/session';

/** On a phone the menu opens from a button here, and the actions keep only their icons (and accessible names). */
export function HeaderBar({ onMenu, menuOpen }: { readonly onMenu?: (() => void) | undefined; readonly menuOpen: boolean }) {
  const { t, label, language, setLanguage } = useI18n();
  const compact = !Grid.useBreakpoint().md;
  const session = useSession().data;
  const signOut = useSignOut();
  const switchRole = useSwitchRole();
  const navigate = useNavigate();
  if (!session) return null;
  return (
    <Layout.Header style={{ background: '#fff', padding: '0 16px', height: 'auto', lineHeight: 'normal' }}>
      <Flex justify="flex-end" align="center" gap={compact ? 6 : 12} style={{ minHeight: 56, paddingBlock: 8 }}>
        {onMenu ? (
          <Button
            icon={<MenuOutlined />}
            aria-label={t('app.menu')}
            aria-expanded={menuOpen}
            onClick={onMenu}
            style={{ marginInlineEnd: 'auto' }}
          />
        ) : null}
        {compact ? null : <Typography.Text strong>{session.user?.displayName}</Typography.Text>}
        {(session.roles ?? []).length > 1 ? (
          <Select
            aria-label={t('header.role')}
            value={session.role as Role}
            style={{ minWidth: 120 }}
            options={(session.roles ?? []).map((role) => ({ value: role, label: label('role', role) }))}
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
        <Button icon={<KeyOutlined />} aria-label={t('header.password')} onClick={() => void navigate('/password')}>
          {compact ? null : t('header.password')}
        </Button>
        <Button
          icon={<LogoutOutlined />}
          aria-label={t('header.signOut')}
          loading={signOut.isPending}
          onClick={() => signOut.mutate(undefined, { onSettled: () => void navigate('/sign-in') })}
        >
          {compact ? null : t('header.signOut')}
        </Button>
      </Flex>
    </Layout.Header>
  );
}
