import { createBrowserRouter, Navigate, type RouteObject } from 'react-router';

/** Each workspace is its own chunk, loaded when its first page opens. */
export const routes: RouteObject[] = [
  { path: '/sign-in', lazy: async () => ({ Component: (await import('../features/sign-in/routes/sign-in-page')).SignInPage }) },
  {
    path: '/',
    // The frame (menu, header) is a chunk of its own: the sign-in page does not load it.
    lazy: async () => ({ Component: (await import('./layout/signed-in-frame')).SignedInFrame }),
    children: [
      { index: true, lazy: async () => ({ Component: (await import('./home')).Home }) },
      { path: 'leads/*', lazy: async () => ({ Component: (await import('../features/leads/routes')).LeadsRoutes }) },
      { path: 'agreements/*', lazy: async () => ({ Component: (await import('../features/agreements/routes')).AgreementsRoutes }) },
      { path: 'projects/*', lazy: async () => ({ Component: (await import('../features/agreements/routes')).ProjectsRoutes }) },
      { path: 'approvals/*', lazy: async () => ({ Component: (await import('../features/approvals/routes')).ApprovalsRoutes }) },
      { path: 'password', lazy: async () => ({ Component: (await import('../features/sign-in/routes/password-page')).PasswordPage }) },
      { path: 'home', element: <Navigate to="/" replace /> },
      { path: '*', lazy: async () => ({ Component: (await import('./not-found')).NotFound }) },
    ],
  },
];

export const createRouter = () => createBrowserRouter(routes);
