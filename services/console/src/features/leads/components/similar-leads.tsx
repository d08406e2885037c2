import { Alert, List } from 'antd';
import { Link } from 'react-router';
import { useI18n } from '../../../lib/i18n/i18n';
import { useSimilarLeads } from '../api/leads';
import { LeadStatusTag } from './status-tag';

/** Warns before saving when the holder's parks already have a lead with a similar name or the same code. */
export function SimilarLeads({ search }: { readonly search: string | undefined }) {
  const { t } = useI18n();
  const similar = useSimilarLeads(search);
  const items = similar.data?.items ?? [];
  if (items.length === 0) return null;
  return (
    <Alert
      type="warning"
      showIcon
      role="status"
      data-testid="duplicate-warning"
      message={t('register.similarFound', { count: similar.data?.total ?? items.length })}
      description={
        <List
          size="small"
          dataSource={items}
          renderItem={(lead) => (
            <List.Item>
              <Link to={`/leads/${lead.id ?? ''}`} target="_blank">
                {lead.companyName}
              </Link>{' '}
              {lead.uscc ?? ''} <LeadStatusTag status={lead.status} />
            </List.Item>
          )}
        />
      }
    />
  );
}
