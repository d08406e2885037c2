import { Tag } from 'antd';
import { useI18n } from '../../../lib/i18n/i18n';

const COLOURS: Readonly<Record<string, string>> = {
  open: 'blue',
  qualified: 'green',
  on_hold: 'gold',
  rejected: 'red',
  dropped: 'default',
  signed: 'purple',
};

export function LeadStatusTag({ status }: { readonly status: string | undefined }) {
  const { label } = useI18n();
  return <Tag color={COLOURS[status ?? ''] ?? 'default'}>{label('lead.status', status)}</Tag>;
}

/** The server's timeliness flags (respond within a day, assess within three), shown as it judged them. */
export function OverdueTags({
  overdue,
  provisional,
}: {
  readonly overdue?: readonly unknown[] | undefined;
  readonly provisional?: boolean | undefined;
}) {
  const { t, label } = useI18n();
  if (!overdue || overdue.length === 0) return null;
  return (
    <>
      {overdue.map(String).map((step) => (
        <Tag key={step} color="red">
          {label('lead.overdue', step)}
        </Tag>
      ))}
      {provisional ? <Tag>{t('deadline.provisional')}</Tag> : null}
    </>
  );
}
