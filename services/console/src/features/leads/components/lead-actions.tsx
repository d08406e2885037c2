import { Button, Flex, Form } from 'antd';
import { useState, type ReactNode } from 'react';
import { useNavigate } from 'react-router';
import { CommandModal } from '../../../components/command-modal';
import type { MessageKey } from '../../../lib/i18n/zh-CN';
import { useI18n } from '../../../lib/i18n/i18n';
import { usePermissions, type Permission } from '../../../lib/session/session';
import { todayInChina } from '../../../lib/format';
import { useLeadCommand, type LeadDetail } from '../api/leads';
import { FollowUpFields, ReasonFields, ScreeningFields, SiteVisitFields } from './lead-command-fields';
import { PolicySummary } from './policy-summary';

type Command = 'follow-ups' | 'site-visits' | 'screenings' | 'hold' | 'drop' | 'reopen';

/**
 * Which commands a lead's status offers. The server decides (and refuses with a problem when the status has
 * moved on); this only keeps buttons that cannot succeed off the page.
 */
const OFFERED: Readonly<Record<string, readonly Command[]>> = {
  open: ['follow-ups', 'site-visits', 'screenings', 'hold', 'drop'],
  qualified: ['follow-ups', 'site-visits', 'hold', 'drop', 'reopen'],
  on_hold: ['follow-ups', 'site-visits', 'drop', 'reopen'],
  rejected: ['reopen'],
  dropped: ['reopen'],
  signed: [],
};

const TITLES: Readonly<Record<Command, MessageKey>> = {
  'follow-ups': 'action.followUp',
  'site-visits': 'action.siteVisit',
  screenings: 'action.screen',
  hold: 'action.hold',
  drop: 'action.drop',
  reopen: 'action.reopen',
};

function CommandDialog({ lead, command, onClose }: { readonly lead: LeadDetail; readonly command: Command; readonly onClose: () => void }) {
  const { t } = useI18n();
  const [form] = Form.useForm<Record<string, unknown>>();
  const mutation = useLeadCommand(`/api/v1/leads/{id}/${command}`, lead.id ?? '');
  const fields: Readonly<Record<Command, ReactNode>> = {
    'follow-ups': <FollowUpFields />,
    'site-visits': <SiteVisitFields />,
    screenings: (
      <>
        <PolicySummary parkId={lead.parkId} />
        <ScreeningFields />
      </>
    ),
    hold: <ReasonFields />,
    drop: <ReasonFields />,
    reopen: <ReasonFields />,
  };
  return (
    <CommandModal
      title={t(TITLES[command])}
      open
      form={form}
      pending={mutation.isPending}
      error={mutation.error}
      onClose={onClose}
      initialValues={command === 'site-visits' ? { visitedOn: todayInChina() } : command === 'follow-ups' ? { channel: 'phone' } : {}}
      onSubmit={(values) => mutation.mutateAsync(values as never)}
    >
      {fields[command]}
    </CommandModal>
  );
}

export function LeadActions({ lead }: { readonly lead: LeadDetail }) {
  const { t } = useI18n();
  const { can } = usePermissions();
  const navigate = useNavigate();
  const [open, setOpen] = useState<Command>();
  const offered = (OFFERED[lead.status ?? ''] ?? []).filter((command) => can(['POST', `/api/v1/leads/{id}/${command}`] as Permission));
  const canDraft = lead.status === 'qualified' && can(['POST', '/api/v1/agreements']);
  return (
    <Flex gap={8} wrap>
      {offered.map((command) => (
        <Button key={command} type={command === 'follow-ups' ? 'primary' : 'default'} onClick={() => setOpen(command)}>
          {t(TITLES[command])}
        </Button>
      ))}
      {canDraft ? (
        <Button type="primary" onClick={() => void navigate(`/agreements/new?leadId=${lead.id ?? ''}`)}>
          {t('action.draftAgreement')}
        </Button>
      ) : null}
      {lead.projectId ? (
        <Button onClick={() => void navigate(`/projects/${lead.projectId ?? ''}`)}>{t('action.openProject')}</Button>
      ) : null}
      {open ? <CommandDialog lead={lead} command={open} onClose={() => setOpen(undefined)} /> : null}
    </Flex>
  );
}
