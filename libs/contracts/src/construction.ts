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
