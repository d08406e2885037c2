import { APPROVAL_STAGES, type ApprovalStage } from '@ia/contracts';
import type { ApprovalItem } from '../item/state';
import type { ItemView } from './queues';

export interface OverdueEntry {
  readonly itemId: string;
  readonly projectId: string;
  readonly parkId?: string;
  readonly itemCode: string;
  readonly name: string;
  readonly dueOn: string;
  readonly overdueDays: number;
  readonly provisional: boolean;
}

export type BrokenPromise =
  | {
      readonly kind: 'deficiency';
      readonly itemId: string;
      readonly projectId: string;
      readonly parkId?: string;
      readonly itemCode: string;
      readonly materialCode: string;
      readonly promisedOn: string;
      readonly suppliedOn?: string;
    }
  | {
      readonly kind: 'commitment';
      readonly itemId: string;
      readonly projectId: string;
      readonly parkId?: string;
      readonly itemCode: string;
      readonly promise: string;
      readonly checkedOn: string;
      readonly consequence: string;
    };

export interface BoardGroup<Entry> {
  readonly agentId: string | null;
  readonly stage: ApprovalStage;
  readonly count: number;
  readonly entries: readonly Entry[];
}

export interface Board {
  readonly asOf: string;
  readonly overdue: readonly BoardGroup<OverdueEntry>[];
  readonly brokenPromises: readonly BoardGroup<BrokenPromise>[];
}

/** The warnings of DOMAIN.md: items past their limit, and promises not kept, by agent and stage. */
export function buildBoard(views: readonly ItemView[], today: string): Board {
  const overdue = views.flatMap(({ item, clock }): Array<[ApprovalItem, OverdueEntry]> =>
    clock.overdue && clock.state !== 'stopped' && clock.dueOn !== undefined
      ? [
          [
            item,
            {
              itemId: item.itemId,
              projectId: item.projectId,
              ...parkOf(item),
              itemCode: item.item.code,
              name: item.item.name,
              dueOn: clock.dueOn,
              overdueDays: clock.overdueDays,
              provisional: clock.provisional,
            },
          ],
        ]
      : [],
  );
  const broken = views.flatMap(({ item }) =>
    brokenPromisesOf(item, today).map((promise): [ApprovalItem, BrokenPromise] => [item, promise]),
  );
  return { asOf: today, overdue: group(overdue), brokenPromises: group(broken) };
}

function brokenPromisesOf(item: ApprovalItem, today: string): BrokenPromise[] {
  const base = { itemId: item.itemId, projectId: item.projectId, ...parkOf(item), itemCode: item.item.code };
  const reference = item.closedOn ?? today;
  const deficiencies = item.deficiencies
    .filter((deficiency) => (deficiency.suppliedOn ?? reference) > deficiency.promisedOn)
    .map((deficiency): BrokenPromise => ({
      kind: 'deficiency',
      ...base,
      materialCode: deficiency.materialCode,
      promisedOn: deficiency.promisedOn,
      ...(deficiency.suppliedOn !== undefined && { suppliedOn: deficiency.suppliedOn }),
    }));
  const { commitment } = item;
  if (commitment?.outcome !== 'broken' || commitment.checkedOn === undefined) return deficiencies;
  return [
    ...deficiencies,
    {
      kind: 'commitment',
      ...base,
      promise: commitment.promise,
      checkedOn: commitment.checkedOn,
      consequence: commitment.consequence ?? 'order_to_fix',
    },
  ];
}

function parkOf(item: ApprovalItem): { readonly parkId?: string } {
  return item.parkId !== undefined ? { parkId: item.parkId } : {};
}

function group<Entry>(rows: ReadonlyArray<[ApprovalItem, Entry]>): BoardGroup<Entry>[] {
  const groups = new Map<string, { agentId: string | null; stage: ApprovalStage; entries: Entry[] }>();
  for (const [item, entry] of rows) {
    const agentId = item.assignee ?? null;
    const key = `${agentId ?? ''}\u0000${item.item.stage}`;
    const existing = groups.get(key) ?? { agentId, stage: item.item.stage, entries: [] };
    existing.entries.push(entry);
    groups.set(key, existing);
  }
  return [...groups.values()]
    .sort(
      (left, right) =>
        (left.agentId ?? '').localeCompare(right.agentId ?? '') ||
        APPROVAL_STAGES.indexOf(left.stage) - APPROVAL_STAGES.indexOf(right.stage),
    )
    .map((entry) => ({ ...entry, count: entry.entries.length }));
}
