import { assertNever, streamCategory, type Projection, type ReadModelStore } from '@ia/kernel';
import type { LeadershipEvent } from '../leadership/leadership';
import type { ProblemEvent } from '../problem/problem';
import { LEADERSHIP, PROBLEMS, type LeadershipView, type ProblemView } from './views';

async function applyLeadership(event: LeadershipEvent, readModels: ReadModelStore): Promise<void> {
  const current = await readModels.get<LeadershipView>(LEADERSHIP, event.data.projectId);
  switch (event.type) {
    case 'LeadershipAssigned':
      return readModels.put(LEADERSHIP, event.data.projectId, {
        ...event.data,
        visits: current?.visits ?? [],
        ...(current?.lastVisitOn && { lastVisitOn: current.lastVisitOn }),
      });
    case 'SiteVisited': {
      if (!current) return;
      const { visitedOn, leaderId, note } = event.data;
      if (current.visits.some((visit) => visit.visitedOn === visitedOn && visit.leaderId === leaderId && visit.note === note)) return;
      const lastVisitOn = current.lastVisitOn && current.lastVisitOn > visitedOn ? current.lastVisitOn : visitedOn;
      return readModels.put(LEADERSHIP, event.data.projectId, {
        ...current,
        lastVisitOn,
        visits: [...current.visits, { visitedOn, leaderId, note }],
      });
    }
    default:
      return assertNever(event);
  }
}

async function applyProblem(event: ProblemEvent, readModels: ReadModelStore): Promise<void> {
  if (event.type === 'ProblemRaised') {
    const view: ProblemView = { ...event.data, status: 'open', progress: [] };
    return readModels.put(PROBLEMS, event.data.problemId, view);
  }
  const current = await readModels.get<ProblemView>(PROBLEMS, event.data.problemId);
  if (!current) return;
  switch (event.type) {
    case 'ProblemAssigned':
      return readModels.put(PROBLEMS, current.problemId, {
        ...current,
        responsibleUnit: event.data.responsibleUnit,
        dueOn: event.data.dueOn,
      });
    case 'ProblemProgressNoted': {
      const { notedOn, note } = event.data;
      if (current.progress.some((entry) => entry.notedOn === notedOn && entry.note === note)) return;
      return readModels.put(PROBLEMS, current.problemId, { ...current, progress: [...current.progress, { notedOn, note }] });
    }
    case 'ProblemResolved':
      return readModels.put(PROBLEMS, current.problemId, {
        ...current,
        status: 'solved',
        resolvedOn: event.data.resolvedOn,
        evidence: event.data.evidence,
      });
    default:
      return assertNever(event);
  }
}

/** The leaders' visits and the problem ledgers (存在问题台账 / 已解决问题台账). */
export const ledgerProjection: Projection = {
  name: 'construction.ledgers',
  collections: [LEADERSHIP, PROBLEMS],
  indexes: { [PROBLEMS]: ['parkId', 'projectId'] },
  categories: ['leadership', 'problem'],
  async apply(recorded, readModels) {
    const event = { type: recorded.type, data: recorded.data };
    switch (streamCategory(recorded.streamName)) {
      case 'leadership':
        return applyLeadership(event as LeadershipEvent, readModels);
      case 'problem':
        return applyProblem(event as ProblemEvent, readModels);
      default:
        return;
    }
  },
};
