import { Tag, Typography } from 'antd';
import { useI18n } from '../../../lib/i18n/i18n';
import type { ApprovalItem } from '../api/approvals';

/** Working days left as the server counted them: red when overdue, amber within the due-soon window, else green. */
export const DUE_SOON_WORKING_DAYS = 2;

export function remainingClass(clock: ApprovalItem['clock']): 'remaining-red' | 'remaining-amber' | 'remaining-green' {
  if (clock?.overdue) return 'remaining-red';
  return (clock?.remainingDays ?? 0) <= DUE_SOON_WORKING_DAYS ? 'remaining-amber' : 'remaining-green';
}

export function RemainingDays({ clock }: { readonly clock: ApprovalItem['clock'] }) {
  const { t, label } = useI18n();
  if (!clock || clock.state === 'not_started' || clock.state === 'stopped')
    return <Typography.Text type="secondary">{label('clock.state', clock?.state)}</Typography.Text>;
  const text = clock.overdue
    ? t('clock.overdue', { days: clock.overdueDays ?? 0 })
    : t('clock.remaining', { days: clock.remainingDays ?? 0 });
  return (
    <span className={remainingClass(clock)} data-testid="remaining-days">
      <strong>{text}</strong>
      {clock.state === 'paused' ? <Tag style={{ marginLeft: 4 }}>{t('clock.paused')}</Tag> : null}
      {clock.provisional ? <Tag style={{ marginLeft: 4 }}>{t('deadline.provisional')}</Tag> : null}
    </span>
  );
}
