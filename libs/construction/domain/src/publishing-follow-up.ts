import {
  LeadershipAssignedV1,
  LeaderSiteVisitedV1,
  ProblemAssignedV1,
  ProblemRaisedV1,
  ProblemResolvedV1,
  type Outbound,
} from '@ia/contracts';
import { streamCategory, type RecordedEvent } from '@ia/kernel';
import type { LeadershipEvent } from './leadership/leadership';
import type { ProblemEvent } from './problem/problem';

/** Problems with their due dates, and the leader's assignment and visits: what reminders follow. */
export function followUpOf(recorded: RecordedEvent): Outbound | undefined {
  switch (streamCategory(recorded.streamName)) {
    case 'problem':
      return problemOf(recorded);
    case 'leadership':
      return leadershipOf({ type: recorded.type, data: recorded.data } as LeadershipEvent);
    default:
      return undefined;
  }
}

function problemOf(recorded: RecordedEvent): Outbound | undefined {
  const event = { type: recorded.type, data: recorded.data } as ProblemEvent;
  const projectId = recorded.metadata.projectId;
  if (projectId === undefined) return undefined;
  switch (event.type) {
    case 'ProblemRaised': {
      const { problemId, parkId, projectName, category, raisedOn } = event.data;
      const data: ProblemRaisedV1 = { problemId, projectId, parkId, projectName, category, raisedOn };
      return { definition: ProblemRaisedV1, data, key: projectId };
    }
    case 'ProblemAssigned': {
      const { problemId, responsibleUnit, dueOn } = event.data;
      const data: ProblemAssignedV1 = { problemId, projectId, responsibleUnit, dueOn };
      return { definition: ProblemAssignedV1, data, key: projectId };
    }
    case 'ProblemResolved': {
      const data: ProblemResolvedV1 = { problemId: event.data.problemId, projectId, resolvedOn: event.data.resolvedOn };
      return { definition: ProblemResolvedV1, data, key: projectId };
    }
    default:
      return undefined;
  }
}

function leadershipOf(event: LeadershipEvent): Outbound | undefined {
  switch (event.type) {
    case 'LeadershipAssigned': {
      const { projectId, leader, assignedOn } = event.data;
      const data: LeadershipAssignedV1 = { projectId, leaderId: leader.userId, assignedOn };
      return { definition: LeadershipAssignedV1, data, key: projectId };
    }
    case 'SiteVisited': {
      const { projectId, leaderId, visitedOn } = event.data;
      const data: LeaderSiteVisitedV1 = { projectId, leaderId, visitedOn };
      return { definition: LeaderSiteVisitedV1, data, key: projectId };
    }
    default:
      return undefined;
  }
}
