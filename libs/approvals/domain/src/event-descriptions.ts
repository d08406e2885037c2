import type { CalendarEvent } from './calendar/events';
import type { CatalogEvent } from './catalog/events';
import type { ApprovalItemEvent } from './item/events';

type Described = ApprovalItemEvent['type'] | CatalogEvent['type'] | CalendarEvent['type'];

/** What each fact of the proxy approvals means to people, shown when an auditor replays a project. */
export const APPROVALS_EVENT_DESCRIPTIONS: Readonly<Record<Described, { readonly zh: string; readonly en: string }>> = {
  ItemOpened: { zh: '列入审批事项', en: 'Approval item opened' },
  AgentAssigned: { zh: '指派代办员', en: 'Agent assigned' },
  MaterialsTakenIn: { zh: '一次性收件（三个一）', en: 'Materials taken in once' },
  ItemAccepted: { zh: '材料齐全受理', en: 'Item accepted' },
  ItemAcceptedWithDeficiencies: { zh: '容缺受理', en: 'Item accepted with tolerated deficiencies' },
  ItemAcceptedUnderCommitment: { zh: '承诺制受理', en: 'Item accepted under commitment' },
  ItemSubmitted: { zh: '报送审批部门', en: 'Item submitted to the authority' },
  ItemGranted: { zh: '审批办结发证', en: 'Item granted' },
  ItemRejected: { zh: '不予许可', en: 'Item rejected' },
  ItemReturnedForCorrection: { zh: '退回补正', en: 'Item returned for correction' },
  DeferredMaterialSupplied: { zh: '补交容缺材料', en: 'Deferred material supplied' },
  ItemSuspended: { zh: '容缺承诺逾期中止', en: 'Item suspended for a missed promise' },
  ItemResumed: { zh: '补齐材料恢复办理', en: 'Item resumed' },
  FileReturned: { zh: '逾期退件', en: 'File returned' },
  CommitmentKept: { zh: '承诺核查：已兑现', en: 'Commitment kept' },
  CommitmentBroken: { zh: '承诺核查：失信', en: 'Commitment broken' },
  ItemWaived: { zh: '免办审批事项', en: 'Item waived' },
  ApplicantDataErased: { zh: '删除经办人个人信息', en: 'Applicant personal data erased' },
  CatalogItemDefined: { zh: '设定审批事项目录', en: 'Catalog item defined' },
  PackageDefined: { zh: '设定“一件事”套餐', en: 'Approval package defined' },
  DefaultPackageChosen: { zh: '选定默认审批套餐', en: 'Default package chosen' },
  CalendarYearPublished: { zh: '发布年度工作日历', en: 'Working calendar year published' },
};
