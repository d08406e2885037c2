import type { LeadEvent } from './lead/events';
import type { LeadKeyEvent } from './lead-key/lead-key';
import type { ParkPolicyEvent } from './park-policy/park-policy';
import type { WorkingCalendarEvent } from './working-calendar/working-calendar';

type Described = LeadEvent['type'] | LeadKeyEvent['type'] | ParkPolicyEvent['type'] | WorkingCalendarEvent['type'];

/** What each fact of lead intake means to people, shown when an auditor replays a project. */
export const LEAD_INTAKE_EVENT_DESCRIPTIONS: Readonly<Record<Described, { readonly zh: string; readonly en: string }>> = {
  LeadRegistered: { zh: '登记招商线索', en: 'Lead registered' },
  PromoterAssigned: { zh: '指派招商专员', en: 'Promoter assigned' },
  FollowUpRecorded: { zh: '记录跟进洽谈', en: 'Follow-up recorded' },
  SiteVisitRecorded: { zh: '记录实地考察', en: 'Site visit recorded' },
  LeadScreened: { zh: '按园区政策筛选线索', en: 'Lead screened against the park policy' },
  LeadQualified: { zh: '线索通过筛选', en: 'Lead qualified' },
  LeadRejected: { zh: '线索未通过筛选', en: 'Lead rejected' },
  LeadPutOnHold: { zh: '线索暂缓', en: 'Lead put on hold' },
  LeadDropped: { zh: '线索放弃', en: 'Lead dropped' },
  LeadReopened: { zh: '线索重新激活', en: 'Lead reopened' },
  LeadSigned: { zh: '线索已签约', en: 'Lead signed' },
  PersonalDataErased: { zh: '删除联系人个人信息', en: 'Contact personal data erased' },
  LeadKeyClaimed: { zh: '登记企业查重标识', en: 'Duplicate key claimed' },
  LeadKeyReleased: { zh: '释放企业查重标识', en: 'Duplicate key released' },
  ParkPolicySet: { zh: '设置园区筛选政策', en: 'Park screening policy set' },
  WorkingCalendarAdopted: { zh: '采用年度节假日安排', en: 'Working calendar year adopted' },
};
