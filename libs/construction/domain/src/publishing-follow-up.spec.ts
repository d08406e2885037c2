import type { RecordedEvent } from '@ia/kernel';
import { LeadershipAssignedV1, LeaderSiteVisitedV1, ProblemAssignedV1, ProblemRaisedV1, ProblemResolvedV1 } from '@ia/contracts';
import { toIntegrationEvent } from './publishing';

const event = (streamName: string, type: string, data: unknown) =>
  ({ streamName, type, data, metadata: { projectId: 'p-1' } }) as unknown as RecordedEvent;

describe('publishing problems and the leader’s visits', () => {
  it('tells a problem raised, assigned with its due date and resolved, keyed by the project', () => {
    const raised = toIntegrationEvent(
      event('problem-q-1', 'ProblemRaised', {
        problemId: 'q-1',
        projectId: 'p-1',
        parkId: 'xiangxiang-edz',
        projectName: '星辰电气智能制造项目',
        category: 'power_supply',
        description: '施工用电未接通，联系人张三 13812345678',
        raisedOn: '2026-04-01',
      }),
    );
    expect(raised?.definition).toBe(ProblemRaisedV1);
    // The description is free text and may name people: it stays in construction.
    expect(ProblemRaisedV1.schema.parse(raised?.data)).toEqual({
      problemId: 'q-1',
      projectId: 'p-1',
      parkId: 'xiangxiang-edz',
      projectName: '星辰电气智能制造项目',
      category: 'power_supply',
      raisedOn: '2026-04-01',
    });
    const assigned = toIntegrationEvent(
      event('problem-q-1', 'ProblemAssigned', { problemId: 'q-1', responsibleUnit: '县供电公司', dueOn: '2026-04-10' }),
    );
    expect(assigned).toEqual({
      definition: ProblemAssignedV1,
      key: 'p-1',
      data: { problemId: 'q-1', projectId: 'p-1', responsibleUnit: '县供电公司', dueOn: '2026-04-10' },
    });
    const resolved = toIntegrationEvent(
      event('problem-q-1', 'ProblemResolved', { problemId: 'q-1', resolvedOn: '2026-04-08', evidence: '已送电' }),
    );
    expect(resolved).toMatchObject({ definition: ProblemResolvedV1, data: { resolvedOn: '2026-04-08' } });
  });

  it('tells the leader assigned and each site visit', () => {
    const assigned = toIntegrationEvent(
      event('leadership-p-1', 'LeadershipAssigned', {
        projectId: 'p-1',
        assignedOn: '2026-03-10',
        leader: { userId: 'leader-li', name: '李县长' },
        commissioner: '王',
        liaison: '赵',
        supervisor: '钱',
      }),
    );
    expect(assigned).toEqual({
      definition: LeadershipAssignedV1,
      key: 'p-1',
      data: { projectId: 'p-1', leaderId: 'leader-li', assignedOn: '2026-03-10' },
    });
    const visited = toIntegrationEvent(
      event('leadership-p-1', 'SiteVisited', { projectId: 'p-1', visitedOn: '2026-04-02', leaderId: 'leader-li', note: '现场调度' }),
    );
    expect(visited).toEqual({
      definition: LeaderSiteVisitedV1,
      key: 'p-1',
      data: { projectId: 'p-1', leaderId: 'leader-li', visitedOn: '2026-04-02' },
    });
  });
});
