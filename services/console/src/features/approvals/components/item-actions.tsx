import { Button, Flex, Form } from 'antd';
import { useState, type ReactNode } from 'react';
import { CommandModal } from '../../../components/command-modal';
import { todayInChina } from '../../../lib/format';
import type { MessageKey } from '../../../lib/i18n/zh-CN';
import { useI18n } from '../../../lib/i18n/i18n';
import { usePermissions, useSession } from '../../../lib/session/session';
import { useItemCommand, type ApprovalItem, type ItemCommandPath } from '../api/approvals';
import { DateField, DeficiencyFields, IntakeFields, SupplyFields, TextField, type Material } from './item-command-fields';
import { offeredCommands, type ItemCommand } from './offered-commands';

const TITLES: Readonly<Record<ItemCommand, MessageKey>> = {
  assignment: 'itemAction.take',
  intake: 'itemAction.intake',
  acceptance: 'itemAction.accept',
  'acceptance-with-deficiencies': 'itemAction.acceptWithDeficiencies',
  'acceptance-under-commitment': 'itemAction.acceptUnderCommitment',
  submission: 'itemAction.submit',
  supplies: 'itemAction.supply',
  suspension: 'itemAction.suspend',
  'file-return': 'itemAction.returnFile',
  'correction-request': 'itemAction.requestCorrection',
  rejection: 'itemAction.reject',
  grant: 'itemAction.grant',
  waiver: 'itemAction.waive',
};

function fieldsOf(
  command: ItemCommand,
  materials: readonly Material[],
  outstanding: readonly Material[],
  givesProjectCode: boolean,
  t: (key: MessageKey) => string,
): ReactNode {
  switch (command) {
    case 'assignment':
      return null;
    case 'intake':
      return <IntakeFields materials={materials} />;
    case 'acceptance':
      return <DateField name="acceptedOn" label={t('acceptance.acceptedOn')} />;
    case 'acceptance-with-deficiencies':
      return <DeficiencyFields materials={materials} />;
    case 'acceptance-under-commitment':
      return (
        <>
          <DateField name="acceptedOn" label={t('acceptance.acceptedOn')} />
          <TextField name="promise" label={t('commitment.promise')} area />
          <DateField name="checkOn" label={t('commitment.checkOn')} />
        </>
      );
    case 'submission':
      return (
        <>
          <DateField name="submittedOn" label={t('submission.submittedOn')} />
          <TextField name="authority" label={t('submission.authority')} />
        </>
      );
    case 'supplies':
      return <SupplyFields materials={outstanding} />;
    case 'suspension':
      return <DateField name="suspendedOn" label={t('suspension.suspendedOn')} />;
    case 'file-return':
      return <DateField name="returnedOn" label={t('fileReturn.returnedOn')} />;
    case 'correction-request':
    case 'rejection':
      return (
        <>
          <DateField name="on" label={t('form.date')} />
          <TextField name="reason" label={t('form.reason')} area />
        </>
      );
    case 'grant':
      return (
        <>
          <DateField name="grantedOn" label={t('grant.grantedOn')} />
          <TextField name="licenceNumber" label={t('grant.licenceNumber')} />
          {givesProjectCode ? <TextField name="projectCode" label={t('grant.projectCode')} /> : null}
        </>
      );
    case 'waiver':
      return <TextField name="reason" label={t('form.reason')} area />;
  }
}

const DATE_FIELDS = ['receivedOn', 'acceptedOn', 'checkOn', 'submittedOn', 'suppliedOn', 'suspendedOn', 'returnedOn', 'on', 'grantedOn'];

function CommandDialog({
  item,
  command,
  onClose,
}: {
  readonly item: ApprovalItem;
  readonly command: ItemCommand;
  readonly onClose: () => void;
}) {
  const { t } = useI18n();
  const session = useSession().data;
  const [form] = Form.useForm<Record<string, unknown>>();
  const mutation = useItemCommand(`/api/v1/approvals/{itemId}/${command}` as ItemCommandPath, item.itemId ?? '');
  const materials = (item.item?.materials ?? []).map((material) => ({
    code: material.code ?? '',
    name: material.name ?? material.code ?? '',
  }));
  const outstanding = (item.deficiencies ?? [])
    .filter((deficiency) => !deficiency.suppliedOn)
    .map(
      (deficiency) =>
        materials.find((material) => material.code === deficiency.materialCode) ?? {
          code: deficiency.materialCode ?? '',
          name: deficiency.materialCode ?? '',
        },
    );
  const today = todayInChina();
  const initial = Object.fromEntries(DATE_FIELDS.map((field) => [field, today]));
  return (
    <CommandModal
      title={t(TITLES[command])}
      open
      form={form}
      pending={mutation.isPending}
      error={mutation.error}
      onClose={onClose}
      initialValues={{ ...initial, deficiencies: [{}], materialCodes: [] }}
      onSubmit={(values) => mutation.mutateAsync((command === 'assignment' ? { agentId: session?.user?.id ?? '' } : values) as never)}
    >
      {command === 'assignment'
        ? t('itemAction.takeConfirm')
        : fieldsOf(command, materials, outstanding, item.item?.givesProjectCode === true, t)}
    </CommandModal>
  );
}

export function ItemActions({ item }: { readonly item: ApprovalItem }) {
  const { t } = useI18n();
  const { can } = usePermissions();
  const me = useSession().data?.user?.id;
  const [open, setOpen] = useState<ItemCommand>();
  const commands = offeredCommands(item, me, todayInChina()).filter((command) => can(['POST', `/api/v1/approvals/{itemId}/${command}`]));
  return (
    <Flex gap={8} wrap>
      {commands.map((command, index) => (
        <Button key={command} type={index === 0 ? 'primary' : 'default'} onClick={() => setOpen(command)}>
          {t(TITLES[command])}
        </Button>
      ))}
      {open ? <CommandDialog item={item} command={open} onClose={() => setOpen(undefined)} /> : null}
    </Flex>
  );
}
