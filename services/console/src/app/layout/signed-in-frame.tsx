import { Outlet } from 'react-router';
import { RequireSession } from '../require-session';
import { AppLayout } from './app-layout';

export function SignedInFrame() {
  return (
    <RequireSession>
      <AppLayout>
        <Outlet />
      </AppLayout>
    </RequireSession>
  );
}
