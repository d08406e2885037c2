import { defineIntegrationEvent } from './integration-event';
import { date, object, string, type Infer } from './schema';
import { TOPICS } from './topics';

export const WorkStartedV1 = defineIntegrationEvent(
  'WorkStarted',
  1,
  TOPICS.construction,
  object({ projectId: string({ max: 64 }), landDeliveredOn: date, constructionPermitOn: date, startedOn: date }),
);
export type WorkStartedV1 = Infer<typeof WorkStartedV1.schema>;

/** Construction was completed (竣工): commissioning opens. */
export const ConstructionCompletedV1 = defineIntegrationEvent(
  'ConstructionCompleted',
  1,
  TOPICS.construction,
  object({ projectId: string({ max: 64 }), startedOn: date, completedOn: date }),
);
export type ConstructionCompletedV1 = Infer<typeof ConstructionCompletedV1.schema>;

/*
 * The problem ledger and the leader's visits, for reminders outside construction: a problem assigned to a
 * responsible unit with a date to solve it by (问题台账), and the leader in charge who visits at least monthly (包联).
 */

export const ProblemRaisedV1 = defineIntegrationEvent(
  'ProblemRaised',
  1,
  TOPICS.construction,
  object({
    problemId: string({ max: 64 }),
    projectId: string({ max: 64 }),
    parkId: string({ max: 64 }),
    projectName: string({ max: 200 }),
    category: string({ max: 32 }),
    raisedOn: date,
  }),
);
export type ProblemRaisedV1 = Infer<typeof ProblemRaisedV1.schema>;

export const ProblemAssignedV1 = defineIntegrationEvent(
  'ProblemAssigned',
  1,
  TOPICS.construction,
  object({ problemId: string({ max: 64 }), projectId: string({ max: 64 }), responsibleUnit: string({ max: 200 }), dueOn: date }),
);
export type ProblemAssignedV1 = Infer<typeof ProblemAssignedV1.schema>;

export const ProblemResolvedV1 = defineIntegrationEvent(
  'ProblemResolved',
  1,
  TOPICS.construction,
  object({ problemId: string({ max: 64 }), projectId: string({ max: 64 }), resolvedOn: date }),
);
export type ProblemResolvedV1 = Infer<typeof ProblemResolvedV1.schema>;

export const LeadershipAssignedV1 = defineIntegrationEvent(
  'LeadershipAssigned',
  1,
  TOPICS.construction,
  object({ projectId: string({ max: 64 }), leaderId: string({ max: 64 }), assignedOn: date }),
);
export type LeadershipAssignedV1 = Infer<typeof LeadershipAssignedV1.schema>;

export const LeaderSiteVisitedV1 = defineIntegrationEvent(
  'LeaderSiteVisited',
  1,
  TOPICS.construction,
  object({ projectId: string({ max: 64 }), leaderId: string({ max: 64 }), visitedOn: date }),
);
export type LeaderSiteVisitedV1 = Infer<typeof LeaderSiteVisitedV1.schema>;
