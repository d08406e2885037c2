import { createMemoryReadModelStore } from '@ia/adapters/memory';
import type { RecordedEvent } from '@ia/kernel';
import { dispatchSnapshot, stageOf } from '../dispatch/snapshot';
import { ledgerProjection } from './ledger.projection';
import { recordProjection } from './record.projection';
import { LEADERSHIP, PROBLEMS, RECORDS, type ConstructionRecordView, type LeadershipView, type ProblemView } from './views';

const event = (streamName: string, type: string, data: unknown) => ({ streamName, type, data }) as unknown as RecordedEvent;
const projectId = 'project-1';
const recordEvents = [
  event('construction-project-1', 'ConstructionPermitRecorded', { projectId, grantedOn: '2026-03-04' }),
  event('construction-project-1', 'AgreementTermsRecorded', {
    projectId,
    parkId: 'park-xiangxiang',
    projectName: '医疗器械产业园',
    daysFromDeliveryToStart: 10,
  }),
  event('construction-project-1', 'LandDeliveryRecorded', {
    projectId,
    deliveredOn: '2026-03-02',
    parcelId: 'parcel-1',
    parcelCode: 'XX-2026-07',
    confirmationNumber: '交7',
  }),
  event('construction-project-1', 'StartOfWorkCleared', {
    projectId,
    clearedOn: '2026-03-04',
    landDeliveredOn: '2026-03-02',
    constructionPermitOn: '2026-03-04',
  }),
  event('construction-project-1', 'MonthlyInvestmentReported', {
    projectId,
    month: '2026-03',
    plannedYuan: 12_000_000,
    completedYuan: 10_500_000,
  }),
  event('construction-project-1', 'MonthlyInvestmentReported', {
    projectId,
    month: '2026-02',
    plannedYuan: 1_000_000,
    completedYuan: 1_000_000,
  }),
  event('construction-project-1', 'MonthlyInvestmentReported', {
    projectId,
    month: '2026-03',
    plannedYuan: 12_000_000,
    completedYuan: 11_000_000,
  }),
];

async function apply(events: readonly RecordedEvent[]) {
  const readModels = createMemoryReadModelStore();
  for (const recorded of events) {
    await recordProjection.apply(recorded, readModels);
    await ledgerProjection.apply(recorded, readModels);
  }
  return readModels;
}

describe('construction read models', () => {
  it('keep the progress ledger whatever order the facts came in, the latest report of a month winning', async () => {
    const record = (await (await apply(recordEvents)).get<ConstructionRecordView>(RECORDS, projectId)) as ConstructionRecordView;
    expect(record).toMatchObject({
      parkId: 'park-xiangxiang',
      landDeliveredOn: '2026-03-02',
      constructionPermitOn: '2026-03-04',
      clearedOn: '2026-03-04',
      daysAllowedFromDeliveryToStart: 10,
    });
    expect(record.investments).toEqual([
      { month: '2026-02', plannedYuan: 1_000_000, completedYuan: 1_000_000 },
      { month: '2026-03', plannedYuan: 12_000_000, completedYuan: 11_000_000 },
    ]);
    expect(stageOf(record)).toBe('cleared');
    expect(dispatchSnapshot([record], [], '2026-03', '2026-03-25').progress).toEqual([
      {
        projectId,
        projectName: '医疗器械产业园',
        stage: 'cleared',
        landDeliveredOn: '2026-03-02',
        investment: { month: '2026-03', plannedYuan: 12_000_000, completedYuan: 11_000_000 },
        completedToDateYuan: 12_000_000,
      },
    ]);
  });

  it('keep the problem ledgers and the leader’s last visit, ignoring a redelivered event', async () => {
    const visit = event('leadership-project-1', 'SiteVisited', {
      projectId,
      visitedOn: '2026-03-02',
      leaderId: 'leader-zhang',
      note: '协调供电',
    });
    const readModels = await apply([
      event('leadership-project-1', 'LeadershipAssigned', {
        projectId,
        leader: { userId: 'leader-zhang', name: '张' },
        commissioner: '李',
        liaison: '王',
        supervisor: '赵',
        assignedOn: '2026-03-01',
      }),
      visit,
      visit,
      event('problem-1', 'ProblemRaised', {
        problemId: 'p-1',
        projectId,
        parkId: 'park-xiangxiang',
        projectName: '医疗器械产业园',
        category: 'power_supply',
        description: '变压器烧毁',
        raisedOn: '2026-03-02',
      }),
      event('problem-1', 'ProblemAssigned', { problemId: 'p-1', responsibleUnit: '供电公司', dueOn: '2026-03-15' }),
      event('problem-1', 'ProblemProgressNoted', { problemId: 'p-1', notedOn: '2026-03-06', note: '到货' }),
      event('problem-1', 'ProblemProgressNoted', { problemId: 'p-1', notedOn: '2026-03-06', note: '到货' }),
      event('problem-2', 'ProblemRaised', {
        problemId: 'p-2',
        projectId,
        parkId: 'park-xiangxiang',
        projectName: '医疗器械产业园',
        category: 'labour',
        description: '招工难',
        raisedOn: '2026-03-03',
      }),
      event('problem-2', 'ProblemAssigned', { problemId: 'p-2', responsibleUnit: '人社局', dueOn: '2026-03-10' }),
      event('problem-2', 'ProblemResolved', { problemId: 'p-2', resolvedOn: '2026-03-09', evidence: '招聘会纪要' }),
    ]);
    expect(await readModels.get<LeadershipView>(LEADERSHIP, projectId)).toMatchObject({
      lastVisitOn: '2026-03-02',
      visits: [{ visitedOn: '2026-03-02' }],
    });
    const problems = await readModels.list<ProblemView>(PROBLEMS);
    const snapshot = dispatchSnapshot([], problems, '2026-03', '2026-03-16');
    expect(snapshot.openProblems).toMatchObject([{ problemId: 'p-1', overdue: true, progress: [{ note: '到货' }] }]);
    expect(snapshot.solvedProblems).toMatchObject([{ problemId: 'p-2', overdue: false, evidence: '招聘会纪要' }]);
  });
});
