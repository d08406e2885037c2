import { Layout, Menu } from 'antd';
import { useState, type ReactNode } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { useI18n } from '../../lib/i18n/i18n';
import { usePermissions } from '../../lib/session/session';
import { NAVIGATION } from '../workspaces';
import { HeaderBar } from './header-bar';

/** The frame of every signed-in page: the role's menu, the person, the language, and the page. */
export function AppLayout({ children }: { readonly children: ReactNode }) {
  const { t } = useI18n();
  const { can } = usePermissions();
  const location = useLocation();
  const navigate = useNavigate();
  const [collapsed, setCollapsed] = useState(false);
  const entries = NAVIGATION.filter((entry) => can(entry.permission));
  const selected = [...entries].sort((a, b) => b.path.length - a.path.length).find((entry) => location.pathname.startsWith(entry.path));
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider breakpoint="lg" collapsedWidth={0} collapsed={collapsed} onCollapse={setCollapsed} width={208}>
        <div className="app-brand">{t('app.name')}</div>
        <nav aria-label={t('app.menu')}>
          <Menu
            theme="dark"
            mode="inline"
            selectedKeys={selected ? [selected.path] : []}
            items={entries.map((entry) => ({ key: entry.path, icon: entry.icon, label: t(entry.label) }))}
            onClick={({ key }) => {
              void navigate(key);
              if (window.matchMedia('(max-width: 991px)').matches) setCollapsed(true);
            }}
          />
        </nav>
      </Layout.Sider>
      <Layout>
        <HeaderBar />
        <Layout.Content className="app-content">
          <main>{children}</main>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
