import { useSearchParams } from 'react-router';
import { Page } from '../../../components/page';
import { useI18n } from '../../../lib/i18n/i18n';
import { DraftForm } from '../components/draft-form';

export function DraftPage() {
  const { t } = useI18n();
  const [search] = useSearchParams();
  return (
    <Page title={t('action.draftAgreement')}>
      <DraftForm leadId={search.get('leadId') ?? undefined} />
    </Page>
  );
}
