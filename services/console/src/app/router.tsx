import { createBrowserRouter, Navigate, Outlet, type RouteObject } from 'react-router';
import { AppLayout } from './layout/app-layout';
import { Home } from './home';
import { NotFound } from './not-found';
import { RequireSession } from './require-session';

/** Each workspace is its own chunk, loaded when its first page opens. */
export const routes: RouteObject[] = [
  { path: '/sign-in', lazy: async () => ({ Component: (await import('../features/sign-in/routes/sign-in-page')).SignInPage }) },
  {
    path: '/',
    element: (
      <RequireSession>
        <AppLayout>
          <Outlet />
        </AppLayout>
      </RequireSession>
    ),
    children: [
      { index: true, element: <Home /> },
      { path: 'leads/*', lazy: async () => ({ Component: (await import('../features/leads/routes')).LeadsRoutes }) },
      { path: 'agreements/*', lazy: async () => ({ Component: (await import('../features/agreements/routes')).AgreementsRoutes }) },
      { path: 'projects/*', lazy: async () => ({ Component: (await import('../features/agreements/routes')).ProjectsRoutes }) },
      { path: 'approvals/*', lazy: async () => ({ Component: (await import('../features/approvals/routes')).ApprovalsRoutes }) },
      { path: 'password', lazy: async () => ({ Component: (await import('../features/sign-in/routes/password-page')).PasswordPage }) },
      { path: 'home', element: <Navigate to="/" replace /> },
      { path: '*', element: <NotFound /> },
    ],
  },
];

export const createRouter = () => createBrowserRouter(routes);
