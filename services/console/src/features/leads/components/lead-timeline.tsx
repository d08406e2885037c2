import { Timeline, Typography } from 'antd';
import { useI18n } from '../../../lib/i18n/i18n';
import { useFormat } from '../../../lib/use-format';
import type { LeadDetail } from '../api/leads';

/** Follow-ups, site visits, screening and every other fact of the lead, with when it happened and who recorded it. */
export function LeadTimeline({ timeline }: { readonly timeline: LeadDetail['timeline'] }) {
  const { t, label, language } = useI18n();
  const format = useFormat();
  return (
    <Timeline
      items={(timeline ?? []).map((entry) => {
        const details = entry.details;
        const summary = details?.summary ?? details?.reason ?? entry.reason;
        return {
          key: entry.revision,
          children: (
            <>
              <Typography.Text strong>
                {language === 'en' ? label('event', entry.type) : (entry.title ?? label('event', entry.type))}
              </Typography.Text>{' '}
              <Typography.Text type="secondary">
                {t('timeline.by', {
                  when: format.instant(entry.occurredAt),
                  who: entry.actor?.id ?? '—',
                  role: label('role', entry.actor?.role),
                })}
              </Typography.Text>
              {details?.channel ? <div>{t('timeline.channel', { channel: label('followUp.channel', details.channel) })}</div> : null}
              {summary ? <div>{summary}</div> : null}
              {details?.nextStep ? (
                <div>{t('timeline.nextStep', { step: details.nextStep, on: format.date(details.nextStepOn) })}</div>
              ) : null}
            </>
          ),
        };
      })}
    />
  );
}
