import type { AgreementEvent } from './agreement/events';
import type { CatalogEvent } from './incentive-catalog/decider';
import type { LeadQualificationEvent } from './lead-qualification/decider';
import type { ReservationEvent } from './reservation/decider';

type Described = AgreementEvent['type'] | CatalogEvent['type'] | LeadQualificationEvent['type'] | ReservationEvent['type'];

/** What each fact of contract signing means to people, shown when an auditor replays a project. */
export const CONTRACT_SIGNING_EVENT_DESCRIPTIONS: Readonly<Record<Described, { readonly zh: string; readonly en: string }>> = {
  AgreementDrafted: { zh: '起草投资协议', en: 'Agreement drafted' },
  AgreementAmended: { zh: '修改协议草案', en: 'Draft agreement amended' },
  AgreementSigned: { zh: '签订投资协议（签约即注册）', en: 'Agreement signed, registration due the same day' },
  AgreementSupplemented: { zh: '签订补充协议', en: 'Supplementary agreement signed' },
  AgreementTerminated: { zh: '解除投资协议', en: 'Agreement terminated' },
  IncentiveCatalogSeeded: { zh: '建立园区优惠政策目录', en: 'Incentive catalog seeded' },
  IncentiveDefined: { zh: '设定优惠政策', en: 'Incentive defined' },
  IncentiveRetired: { zh: '停用优惠政策', en: 'Incentive retired' },
  LeadQualificationRecorded: { zh: '获知线索通过筛选', en: 'Lead qualification recorded' },
  LeadQualificationWithdrawn: { zh: '获知线索不再符合条件', en: 'Lead qualification withdrawn' },
  SigningReserved: { zh: '锁定签约（不重复统计）', en: 'Signing reserved against double counting' },
  SigningReleased: { zh: '释放签约锁定', en: 'Signing reservation released' },
};
