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
  const [narrow, setNarrowState] = useState(false);
  const [open, setOpen] = useState(false);
  const setNarrow = (value: boolean) => {
    setNarrowState(value);
    setOpen(false);
  };
  const collapsed = narrow && !open;
  const entries = NAVIGATION.filter((entry) => can(entry.permission));
  const selected = [...entries].sort((a, b) => b.path.length - a.path.length).find((entry) => location.pathname.startsWith(entry.path));
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider breakpoint="lg" collapsedWidth={0} collapsed={collapsed} onBreakpoint={setNarrow} trigger={null} width={208}>
        <div className="app-brand">{t('app.name')}</div>
        <nav aria-label={t('app.menu')}>
          <Menu
            theme="dark"
            mode="inline"
            selectedKeys={selected ? [selected.path] : []}
            items={entries.map((entry) => ({ key: entry.path, icon: entry.icon, label: t(entry.label) }))}
            onClick={({ key }) => {
              void navigate(key);
              setOpen(false);
            }}
          />
        </nav>
      </Layout.Sider>
      <Layout>
        <HeaderBar onMenu={narrow ? () => setOpen(!open) : undefined} menuOpen={open} />
        <Layout.Content className="app-content">
          <main>{children}</main>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
