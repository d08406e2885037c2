import { itemClock } from '../item/clock';
import type { ApprovalItemEvent } from '../item/events';
import type { ApprovalItem } from '../item/state';
import {
  acceptedFiling,
  acceptedUnderCommitment,
  assigned,
  calendar,
  deferredFiling,
  FILING,
  FILING_CORE,
  opened,
  PARK_ID,
  spec,
  submitted,
  takenIn,
} from '../test-support/fixtures';
import { buildBoard } from './board';
import { byUrgency, inQueue, type ItemView } from './queues';

const view = (events: readonly ApprovalItemEvent[], today: string, itemId = 'item'): ItemView => {
  const item = { ...(spec.given(events).state() as ApprovalItem), itemId };
  return { item, clock: itemClock(item, calendar, today) };
};
const filters = (subject: ItemView) =>
  (['due_soon', 'overdue', 'waiting_for_materials', 'waiting_for_authority'] as const).filter((filter) => inQueue(subject, filter));

describe('queues and warnings', () => {
  it('puts a new item in "waiting for materials"', () => {
    expect(filters(view([opened()], '2026-03-02'))).toEqual(['waiting_for_materials']);
  });

  it('puts a same-day filing accepted today in "due soon", and tomorrow in "overdue"', () => {
    expect(filters(view(acceptedFiling, '2026-03-02'))).toEqual(['due_soon']);
    expect(filters(view(acceptedFiling, '2026-03-03'))).toEqual(['overdue']);
  });

  it('puts a submitted item in "waiting for the authority", with deferred materials also in "waiting for materials"', () => {
    expect(filters(view([...acceptedFiling, submitted()], '2026-03-02'))).toEqual(['due_soon', 'waiting_for_authority']);
    expect(filters(view([...deferredFiling, submitted()], '2026-03-02'))).toEqual([
      'due_soon',
      'waiting_for_materials',
      'waiting_for_authority',
    ]);
  });

  it('leaves closed items out of every queue', () => {
    expect(filters(view([opened(), { type: 'ItemWaived', data: { waivedOn: '2026-03-02', reason: '无需办理' } }], '2026-03-09'))).toEqual(
      [],
    );
  });

  it('sorts the longest overdue first, then the nearest deadline, then items without a clock', () => {
    const acceptedOnFifth = (limit: number): ApprovalItemEvent[] => [
      opened({ ...FILING, timeLimitDays: limit }, '2026-03-05'),
      { type: 'ItemAccepted', data: { acceptedOn: '2026-03-05' } },
    ];
    const views = [
      view([opened()], '2026-03-05', 'd'),
      view(acceptedOnFifth(5), '2026-03-05', 'c'),
      view(acceptedFiling, '2026-03-05', 'a'),
      view(acceptedOnFifth(0), '2026-03-05', 'b'),
    ];
    expect(views.sort(byUrgency).map((entry) => entry.item.itemId)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('shows overdue items and broken promises by agent and stage on the board', () => {
    const overdue = view(acceptedFiling, '2026-03-10', 'overdue-filing');
    const late = view(deferredFiling, '2026-03-10', 'late-agreement');
    const broken = view(
      [
        opened(),
        assigned,
        takenIn(FILING_CORE),
        acceptedUnderCommitment,
        { type: 'CommitmentBroken', data: { checkedOn: '2026-03-09', finding: '未按承诺取得环评', consequence: 'order_to_fix' } },
      ],
      '2026-03-10',
      'broken-commitment',
    );
    const board = buildBoard([overdue, late, broken], '2026-03-10');
    expect(board.overdue).toEqual([
      {
        agentId: 'agent-wang',
        stage: 'project_approval',
        count: 3,
        entries: [
          {
            itemId: 'overdue-filing',
            projectId: overdue.item.projectId,
            parkId: PARK_ID,
            itemCode: 'project_filing',
            name: '投资项目备案（立项）',
            dueOn: '2026-03-02',
            overdueDays: 6,
            provisional: false,
          },
          {
            itemId: 'late-agreement',
            projectId: overdue.item.projectId,
            parkId: PARK_ID,
            itemCode: 'project_filing',
            name: '投资项目备案（立项）',
            dueOn: '2026-03-02',
            overdueDays: 6,
            provisional: false,
          },
          {
            itemId: 'broken-commitment',
            projectId: overdue.item.projectId,
            parkId: PARK_ID,
            itemCode: 'project_filing',
            name: '投资项目备案（立项）',
            dueOn: '2026-03-02',
            overdueDays: 6,
            provisional: false,
          },
        ],
      },
    ]);
    expect(board.brokenPromises).toEqual([
      {
        agentId: 'agent-wang',
        stage: 'project_approval',
        count: 2,
        entries: [
          {
            kind: 'deficiency',
            itemId: 'late-agreement',
            projectId: late.item.projectId,
            parkId: PARK_ID,
            itemCode: 'project_filing',
            materialCode: 'investment_agreement',
            promisedOn: '2026-03-06',
          },
          {
            kind: 'commitment',
            itemId: 'broken-commitment',
            projectId: late.item.projectId,
            parkId: PARK_ID,
            itemCode: 'project_filing',
            promise: '承诺项目符合产业政策，开工前补齐环评批复',
            checkedOn: '2026-03-09',
            consequence: 'order_to_fix',
          },
        ],
      },
    ]);
  });
});
