import { Link } from 'react-router';
import { isProblem } from '../../../lib/api/problem';
import { useI18n } from '../../../lib/i18n/i18n';

/** A duplicate refusal names the lead that already exists: offer it. */
export function ExistingLeadLink({ error }: { readonly error: unknown }) {
  const { t } = useI18n();
  if (!isProblem(error) || typeof error.extra['existingLeadId'] !== 'string') return null;
  return <Link to={`/leads/${error.extra['existingLeadId']}`}>{t('register.openExisting')}</Link>;
}
