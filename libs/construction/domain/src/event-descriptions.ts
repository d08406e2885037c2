import type { ConstructionEvent } from './construction/events';
import type { DispatchEvent } from './dispatch/dispatch';
import type { LeadershipEvent } from './leadership/leadership';
import type { ProblemEvent } from './problem/problem';

type Described = ConstructionEvent['type'] | LeadershipEvent['type'] | ProblemEvent['type'] | DispatchEvent['type'];

/** What each fact of construction means to people, shown when an auditor replays a project. */
export const CONSTRUCTION_EVENT_DESCRIPTIONS: Readonly<Record<Described, { readonly zh: string; readonly en: string }>> = {
  LandDeliveryRecorded: { zh: '获知交地（T0）', en: 'Land delivery recorded (T0)' },
  ConstructionPermitRecorded: { zh: '获知施工许可（T1）', en: 'Construction permit recorded (T1)' },
  AgreementTermsRecorded: { zh: '获知协议开工期限', en: 'Agreement terms recorded' },
  StartOfWorkCleared: { zh: '具备开工条件', en: 'Start of work cleared' },
  WorkStarted: { zh: '实际开工（T2）', en: 'Work started (T2)' },
  MilestoneReached: { zh: '达到建设节点', en: 'Milestone reached' },
  ConstructionCompleted: { zh: '竣工', en: 'Construction completed' },
  MonthlyInvestmentReported: { zh: '报送月度完成投资', en: 'Monthly investment reported' },
  LeadershipAssigned: { zh: '明确包联领导和专班（五个一）', en: 'Leader and team assigned' },
  SiteVisited: { zh: '包联领导现场走访', en: 'Leader visited the site' },
  ProblemRaised: { zh: '登记项目问题', en: 'Problem raised' },
  ProblemAssigned: { zh: '交办问题责任单位', en: 'Problem assigned' },
  ProblemProgressNoted: { zh: '记录问题办理进展', en: 'Problem progress noted' },
  ProblemResolved: { zh: '问题办结', en: 'Problem resolved' },
  DispatchWindowConfigured: { zh: '设定月度调度时间', en: 'Dispatch window configured' },
  DispatchHeld: { zh: '召开月度项目调度会', en: 'Monthly dispatch held' },
};
