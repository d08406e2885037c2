import { ConstructionCompletedV1, TOPICS, WorkStartedV1, definePublisher, type Outbound } from '@ia/contracts';
import { streamCategory, type RecordedEvent } from '@ia/kernel';
import type { ConstructionEvent } from './construction/events';
import { followUpOf } from './publishing-follow-up';

export const PUBLISHED_CATEGORIES = ['construction', 'problem', 'leadership'] as const;

/**
 * The start of work and the completion leave the context, and so do the problems and the leader's visits,
 * which reminders follow; milestones, investment reports and dispatches are its own record.
 */
export function toIntegrationEvent(recorded: RecordedEvent): Outbound | undefined {
  if (streamCategory(recorded.streamName) !== 'construction') return followUpOf(recorded);
  const event = { type: recorded.type, data: recorded.data } as ConstructionEvent;
  switch (event.type) {
    case 'WorkStarted': {
      const { projectId, landDeliveredOn, constructionPermitOn, startedOn } = event.data;
      const data: WorkStartedV1 = { projectId, landDeliveredOn, constructionPermitOn, startedOn };
      return { definition: WorkStartedV1, data, key: projectId };
    }
    case 'ConstructionCompleted': {
      const { projectId, startedOn, completedOn } = event.data;
      const data: ConstructionCompletedV1 = { projectId, startedOn, completedOn };
      return { definition: ConstructionCompletedV1, data, key: projectId };
    }
    default:
      return undefined;
  }
}

export const constructionPublisher = () => definePublisher('construction', TOPICS.construction, PUBLISHED_CATEGORIES, toIntegrationEvent);
