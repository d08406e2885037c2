import { deciderSpec } from '@ia/testing';
import { leadershipDecider, visitWarning, type LeadershipEvent } from './leadership';

const spec = deciderSpec(leadershipDecider);
const team = {
  projectId: 'project-1',
  leader: { userId: 'leader-zhang', name: '张副县长' },
  commissioner: '李专员',
  liaison: '王联络员',
  supervisor: '赵监督员',
  assignedOn: '2026-03-01',
};
const assigned: LeadershipEvent = { type: 'LeadershipAssigned', data: team };

describe('leadership of a key project', () => {
  it('assigns the leader and the five-ones team, and reassigns it', () => {
    spec.given([]).when({ type: 'AssignLeadership', data: team }).then([assigned]);
    const next = { ...team, leader: { userId: 'leader-liu', name: '刘副县长' } };
    spec
      .given([assigned])
      .when({ type: 'AssignLeadership', data: next })
      .then([{ type: 'LeadershipAssigned', data: next }]);
  });
  it('records the leader’s site visit', () => {
    spec
      .given([assigned])
      .when({
        type: 'RecordSiteVisit',
        data: { projectId: 'project-1', visitedOn: '2026-03-02', visitorId: 'leader-zhang', note: '协调供电' },
      })
      .then([
        { type: 'SiteVisited', data: { projectId: 'project-1', visitedOn: '2026-03-02', leaderId: 'leader-zhang', note: '协调供电' } },
      ]);
  });
  it('refuses a visit without a leader, by someone else, or before the assignment', () => {
    const visit = { projectId: 'project-1', visitedOn: '2026-03-02', visitorId: 'leader-zhang', note: '走访' };
    spec.given([]).when({ type: 'RecordSiteVisit', data: visit }).thenThrows('LEADERSHIP.NOT_ASSIGNED');
    spec
      .given([assigned])
      .when({ type: 'RecordSiteVisit', data: { ...visit, visitorId: 'leader-liu' } })
      .thenThrows('LEADERSHIP.NOT_THE_LEADER');
    spec
      .given([assigned])
      .when({ type: 'RecordSiteVisit', data: { ...visit, visitedOn: '2026-02-28' } })
      .thenThrows('LEADERSHIP.VISIT_BEFORE_ASSIGNMENT');
  });
  it('warns once more than 30 days passed without a visit', () => {
    expect(visitWarning('2026-03-01', '2026-03-02', '2026-04-01')).toEqual({ daysSinceLastVisit: 30, visitOverdue: false });
    expect(visitWarning('2026-03-01', '2026-03-02', '2026-04-02')).toEqual({ daysSinceLastVisit: 31, visitOverdue: true });
    expect(visitWarning('2026-03-01', undefined, '2026-04-01')).toEqual({ daysSinceLastVisit: 31, visitOverdue: true });
  });
});
