import type { ConstructionCompletedV1 } from '@ia/contracts';
import type { ReactionCommand } from '../commissioning/commands';

/** Construction completed (竣工): commissioning opens for the project. */
export function whenConstructionCompleted(event: ConstructionCompletedV1): ReactionCommand {
  return {
    type: 'OpenCommissioning',
    data: { projectId: event.projectId, constructionStartedOn: event.startedOn, completedOn: event.completedOn },
  };
}
