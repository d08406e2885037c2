import { Page } from '../../../components/page';
import { useI18n } from '../../../lib/i18n/i18n';
import { RegisterForm } from '../components/register-form';

export function RegisterPage() {
  const { t } = useI18n();
  return (
    <Page title={t('nav.registerLead')}>
      <RegisterForm />
    </Page>
  );
}
