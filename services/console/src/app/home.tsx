import { Result, Spin } from 'antd';
import { Navigate } from 'react-router';
import { useI18n } from '../lib/i18n/i18n';
import { usePermissions, useSession } from '../lib/session/session';
import { homeOf } from './workspaces';

export function Home() {
  const { t } = useI18n();
  const role = useSession().data?.role;
  const { can, ready } = usePermissions();
  if (!ready || role === undefined) return <Spin />;
  const home = homeOf(role, (entry) => can(entry.permission));
  if (home !== undefined) return <Navigate to={home} replace />;
  return <Result status="info" title={t('home.noWorkspace')} />;
}
