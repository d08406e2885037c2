import type { DueItem, DueKind, ReminderStage } from '../due/due-items';

export const DUE_KIND_NAMES: Readonly<Record<DueKind, string>> = {
  lead_first_response: '线索首次响应',
  lead_assessment: '线索研判',
  approval_limit: '代办事项办理时限',
  promised_material: '容缺材料承诺补交',
  problem: '问题解决时限',
  work_start: '约定开工期限',
  production_start: '约定投产期限',
  leader_visit: '包联领导月度走访',
};

const STAGE_NAMES: Readonly<Record<ReminderStage, string>> = { due_soon: '即将到期', overdue: '已逾期' };

/** The words of a reminder, in Chinese as staff read them in their group chat; nothing personal beyond a user id. */
export function reminderMessage(item: DueItem, stage: ReminderStage): { readonly title: string; readonly text: string } {
  const title = `【${STAGE_NAMES[stage]}】${DUE_KIND_NAMES[item.kind]}`;
  const lines = [
    `${DUE_KIND_NAMES[item.kind]}：${item.subject}${item.detail ? `（${item.detail}）` : ''}`,
    `期限：${item.dueOn}${item.provisional ? '（节假日安排未公布，期限暂定）' : ''}`,
    ...(item.responsible ? [`负责人：${item.responsible}`] : []),
  ];
  return { title, text: lines.join('\n') };
}

export interface DigestLine {
  readonly item: DueItem;
  readonly stage: ReminderStage;
}

/** One person's daily list: what is past due first, then what is near. */
export function digestMessage(date: string, lines: readonly DigestLine[]): { readonly title: string; readonly text: string } {
  const ordered = [...lines].sort((a, b) =>
    a.stage === b.stage ? a.item.dueOn.localeCompare(b.item.dueOn) : a.stage === 'overdue' ? -1 : 1,
  );
  const overdue = ordered.filter((line) => line.stage === 'overdue').length;
  return {
    title: `【每日待办】${date}：${overdue} 项已逾期，${ordered.length - overdue} 项即将到期`,
    text: ordered
      .map(
        ({ item, stage }) =>
          `${STAGE_NAMES[stage]}｜${DUE_KIND_NAMES[item.kind]}：${item.subject}${item.detail ? `（${item.detail}）` : ''}，期限 ${item.dueOn}`,
      )
      .join('\n'),
  };
}
