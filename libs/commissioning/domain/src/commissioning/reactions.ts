import { assertNever } from '@ia/kernel';
import type { ReactionCommand } from './commands';
import type { CommissioningEvent } from './events';
import type { CommissioningState } from './state';

/**
 * Facts other services announced: they are never refused, since the other service has decided already.
 * Signing and completion travel on different topics, so either may come first.
 */
export function decideReaction(command: ReactionCommand, state: CommissioningState): CommissioningEvent[] {
  switch (command.type) {
    case 'LearnCommitments':
      if (state.project?.agreementId === command.data.project.agreementId) return [];
      return [{ type: 'CommitmentsLearned', data: command.data }];
    case 'AmendCommitments':
      return [{ type: 'CommitmentsAmended', data: command.data }];
    case 'OpenCommissioning':
      if (state.milestones.completedOn !== undefined) return [];
      return [{ type: 'CommissioningOpened', data: command.data }];
    default:
      return assertNever(command);
  }
}
