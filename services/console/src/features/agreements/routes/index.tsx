import { Route, Routes, useSearchParams } from 'react-router';
import { Page } from '../../../components/page';
import { useI18n } from '../../../lib/i18n/i18n';
import { DraftForm } from '../components/draft-form';
import { AgreementPage } from './agreement-page';
import { AgreementsPage } from './agreements-page';
import { ProjectPage } from './project-page';
import { ProjectsPage } from './projects-page';

function DraftPage() {
  const { t } = useI18n();
  const [search] = useSearchParams();
  return (
    <Page title={t('action.draftAgreement')}>
      <DraftForm leadId={search.get('leadId') ?? undefined} />
    </Page>
  );
}

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
