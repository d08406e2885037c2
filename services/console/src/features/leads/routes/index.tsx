import { Route, Routes } from 'react-router';
import { lazyPage } from '../../../components/lazy-page';
import { LeadsPage } from './leads-page';

const LeadPage = lazyPage(async () => (await import('./lead-page')).LeadPage);
const RegisterPage = lazyPage(async () => (await import('./register-page')).RegisterPage);
const FunnelPage = lazyPage(async () => (await import('./funnel-page')).FunnelPage);

/** The promoter's workspace (招商专员): the list comes with the chunk, each other page with its own. */
export function LeadsRoutes() {
  return (
    <Routes>
      <Route index element={<LeadsPage />} />
      <Route path="new" element={<RegisterPage />} />
      <Route path="funnel" element={<FunnelPage />} />
      <Route path=":id" element={<LeadPage />} />
    </Routes>
  );
}
