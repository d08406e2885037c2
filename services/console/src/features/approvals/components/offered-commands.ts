import type { ApprovalItem } from '../api/approvals';

export type ItemCommand =
  | 'assignment'
  | 'intake'
  | 'acceptance'
  | 'acceptance-with-deficiencies'
  | 'acceptance-under-commitment'
  | 'submission'
  | 'supplies'
  | 'suspension'
  | 'file-return'
  | 'correction-request'
  | 'rejection'
  | 'grant'
  | 'waiver';

/**
 * The commands an item's status offers, from the item as the server presents it (its status, the catalog's
 * allowances, the open deficiencies and suspensions). The server still decides: a command the status no
 * longer allows is refused with a problem, shown as such.
 */
export function offeredCommands(item: ApprovalItem, me: string | undefined, today: string): ItemCommand[] {
  const open = (item.deficiencies ?? []).filter((deficiency) => !deficiency.suppliedOn);
  const outstanding = open.length > 0;
  const missed = open.some((deficiency) => (deficiency.promisedOn ?? today) < today);
  const suspended = (item.suspensions ?? []).some((suspension) => !suspension.resumedOn);
  const take: ItemCommand[] = item.assignee === me ? [] : ['assignment'];
  const promises: ItemCommand[] = [
    ...(outstanding ? (['supplies'] as const) : []),
    ...(missed && !suspended ? (['suspension'] as const) : []),
    ...(suspended ? (['file-return'] as const) : []),
  ];
  switch (item.status) {
    case 'opened':
      return [...take, 'intake', 'waiver'];
    case 'taken_in':
      return [
        ...take,
        'acceptance',
        ...(item.item?.deficiencyAllowed ? (['acceptance-with-deficiencies'] as const) : []),
        ...(item.item?.commitmentAllowed ? (['acceptance-under-commitment'] as const) : []),
      ];
    case 'accepted':
      return [...take, ...(suspended ? [] : (['submission'] as const)), ...promises];
    case 'submitted':
      return [...take, ...(suspended || outstanding ? [] : (['grant'] as const)), ...promises, 'correction-request', 'rejection'];
    default:
      return [];
  }
}
