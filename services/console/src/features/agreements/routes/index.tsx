import { Route, Routes } from 'react-router';
import { lazyPage } from '../../../components/lazy-page';
import { AgreementsPage } from './agreements-page';
import { ProjectsPage } from './projects-page';

const DraftPage = lazyPage(async () => (await import('./draft-page')).DraftPage);
const AgreementPage = lazyPage(async () => (await import('./agreement-page')).AgreementPage);
const ProjectPage = lazyPage(async () => (await import('./project-page')).ProjectPage);

/** Agreements and the project register (签约), one chunk. */
export function AgreementsRoutes() {
  return (
    <Routes>
      <Route index element={<AgreementsPage />} />
      <Route path="new" element={<DraftPage />} />
      <Route path=":id" element={<AgreementPage />} />
    </Routes>
  );
}

export function ProjectsRoutes() {
  return (
    <Routes>
      <Route index element={<ProjectsPage />} />
      <Route path=":projectId" element={<ProjectPage />} />
    </Routes>
  );
}
