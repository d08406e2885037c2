import { Route, Routes } from 'react-router';
import { FunnelPage } from './funnel-page';
import { LeadPage } from './lead-page';
import { LeadsPage } from './leads-page';
import { RegisterPage } from './register-page';

/** The promoter's workspace (招商专员), loaded as one chunk. */
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
