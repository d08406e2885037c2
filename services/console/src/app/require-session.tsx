import { Spin } from 'antd';
import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { ProblemAlert } from '../components/problem-alert';
import { useI18n } from '../lib/i18n/i18n';
import { useSession } from '../lib/session/session';

/** Nobody signed in: the sign-in page, which brings the person back to the page they asked for. */
export function RequireSession({ children }: { readonly children: ReactNode }) {
  const { t } = useI18n();
  const session = useSession();
  const location = useLocation();
  if (session.isPending) return <Spin fullscreen tip={t('state.loading')} />;
  if (session.isError) return <ProblemAlert error={session.error} />;
  if (session.data === null) {
    const returnTo = `${location.pathname}${location.search}`;
    return <Navigate to={returnTo === '/' ? '/sign-in' : `/sign-in?returnTo=${encodeURIComponent(returnTo)}`} replace />;
  }
  if (session.data.mustChangePassword && location.pathname !== '/password') return <Navigate to="/password" replace />;
  return <>{children}</>;
}
