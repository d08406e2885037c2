import type { CommissioningEvent } from './commissioning/events';

/** What each fact of commissioning means to people, shown when an auditor replays a project. */
export const COMMISSIONING_EVENT_DESCRIPTIONS: Readonly<Record<CommissioningEvent['type'], { readonly zh: string; readonly en: string }>> =
  {
    CommitmentsLearned: { zh: '获知协议承诺指标', en: 'Commitments learned from the agreement' },
    CommitmentsAmended: { zh: '获知补充协议承诺指标', en: 'Commitments amended' },
    CommissioningOpened: { zh: '竣工后开启投产跟踪', en: 'Commissioning opened' },
    EquipmentDebuggingStarted: { zh: '设备调试', en: 'Equipment debugging started' },
    TrialProductionStarted: { zh: '试生产', en: 'Trial production started' },
    PartialProductionStarted: { zh: '部分投产', en: 'Partial production started' },
    FullProductionStarted: { zh: '全面投产', en: 'Full production started' },
    FullCapacityReached: { zh: '达产', en: 'Full capacity reached' },
    MonthReported: { zh: '填报月度产值营收税收', en: 'Month reported' },
    MonthCorrected: { zh: '更正月度填报', en: 'Month corrected' },
    StatisticsEntered: { zh: '达规纳统', en: 'Entered into above-scale statistics' },
    CommitmentsChecked: { zh: '核查协议承诺', en: 'Commitments checked' },
  };
