import { assertNever } from '@ia/kernel';
import type { ItemClock } from '../item/clock';
import { isFinal, outstandingDeficiencies, type ApprovalItem } from '../item/state';

export const QUEUE_FILTERS = ['due_soon', 'overdue', 'waiting_for_materials', 'waiting_for_authority'] as const;
export type QueueFilter = (typeof QUEUE_FILTERS)[number];

export const DEFAULT_DUE_SOON_DAYS = 2;

export interface ItemView {
  readonly item: ApprovalItem;
  readonly clock: ItemClock;
}

export function inQueue(view: ItemView, filter: QueueFilter, dueSoonDays: number = DEFAULT_DUE_SOON_DAYS): boolean {
  const { item, clock } = view;
  if (isFinal(item.status)) return false;
  switch (filter) {
    case 'due_soon':
      return clock.state === 'running' && !clock.overdue && clock.remainingDays <= dueSoonDays;
    case 'overdue':
      return clock.overdue;
    case 'waiting_for_materials':
      return item.status === 'opened' || outstandingDeficiencies(item).length > 0;
    case 'waiting_for_authority':
      return item.status === 'submitted';
    default:
      return assertNever(filter);
  }
}

/** Most urgent first: overdue the longest, then the nearest deadline, then those without a clock. */
export function byUrgency(left: ItemView, right: ItemView): number {
  if (left.clock.overdueDays !== right.clock.overdueDays) return right.clock.overdueDays - left.clock.overdueDays;
  const leftDue = left.clock.dueOn ?? '9999-12-31';
  const rightDue = right.clock.dueOn ?? '9999-12-31';
  if (leftDue !== rightDue) return leftDue < rightDue ? -1 : 1;
  return left.item.itemId < right.item.itemId ? -1 : left.item.itemId > right.item.itemId ? 1 : 0;
}
