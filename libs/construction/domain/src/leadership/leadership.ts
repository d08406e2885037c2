import { assertNever, type Aggregate, type Decider } from '@ia/kernel';
import { calendarDaysBetween } from '@ia/reference';
import { leadershipErrors } from '../errors';

/** "Five ones" (五个一): one project, one leader, one commissioner, one liaison, one on-site supervisor. */
export interface Team {
  readonly leader: { readonly userId: string; readonly name: string };
  readonly commissioner: string;
  readonly liaison: string;
  readonly supervisor: string;
}

export type LeadershipCommand =
  | { readonly type: 'AssignLeadership'; readonly data: Team & { readonly projectId: string; readonly assignedOn: string } }
  | {
      readonly type: 'RecordSiteVisit';
      readonly data: { readonly projectId: string; readonly visitedOn: string; readonly visitorId: string; readonly note: string };
    };

export type LeadershipEvent =
  | { readonly type: 'LeadershipAssigned'; readonly data: Team & { readonly projectId: string; readonly assignedOn: string } }
  | {
      readonly type: 'SiteVisited';
      readonly data: { readonly projectId: string; readonly visitedOn: string; readonly leaderId: string; readonly note: string };
    };

export interface LeadershipState {
  readonly leaderId?: string;
  readonly assignedOn?: string;
}

export const leadershipDecider: Decider<LeadershipCommand, LeadershipEvent, LeadershipState> = {
  initialState: {},
  decide(command, state) {
    switch (command.type) {
      case 'AssignLeadership':
        return [{ type: 'LeadershipAssigned', data: command.data }];
      case 'RecordSiteVisit': {
        const { projectId, visitedOn, visitorId, note } = command.data;
        if (state.leaderId === undefined || state.assignedOn === undefined) throw leadershipErrors.notAssigned();
        if (visitorId !== state.leaderId) throw leadershipErrors.notTheLeader();
        if (visitedOn < state.assignedOn) throw leadershipErrors.visitBeforeAssignment(state.assignedOn);
        return [{ type: 'SiteVisited', data: { projectId, visitedOn, leaderId: visitorId, note } }];
      }
      default:
        return assertNever(command);
    }
  },
  evolve(state, event) {
    switch (event.type) {
      case 'LeadershipAssigned':
        return { leaderId: event.data.leader.userId, assignedOn: event.data.assignedOn };
      case 'SiteVisited':
        return state;
      default:
        return assertNever(event);
    }
  },
};

export const leadershipAggregate: Aggregate<LeadershipCommand, LeadershipEvent, LeadershipState> = {
  decider: leadershipDecider,
  correlate: (_state, event) => ({ projectId: event.data.projectId }),
};

export const leadershipStream = (projectId: string) => `leadership-${projectId}`;

export const DAYS_BETWEEN_VISITS = 30;

/** A leader visits at least monthly: warned once more than 30 days passed since the last visit (or the assignment). */
export function visitWarning(assignedOn: string, lastVisitOn: string | undefined, today: string) {
  const daysSinceLastVisit = calendarDaysBetween(lastVisitOn ?? assignedOn, today);
  return { daysSinceLastVisit, visitOverdue: daysSinceLastVisit > DAYS_BETWEEN_VISITS };
}
