import { assertNever, type Aggregate, type Decider } from '@ia/kernel';
import type { CommissioningCommand } from './commands';
import type { CommissioningEvent } from './events';
import { decideMilestone } from './milestones';
import { decideReaction } from './reactions';
import { decideCommitmentCheck, decideReport, decideStatisticsEntry } from './reports';
import { evolveCommissioning, initialCommissioningState, type CommissioningState } from './state';

export const COMMISSIONING_CATEGORY = 'commissioning';

export function commissioningStream(projectId: string): string {
  return `${COMMISSIONING_CATEGORY}-${projectId}`;
}

export const commissioningDecider: Decider<CommissioningCommand, CommissioningEvent, CommissioningState> = {
  initialState: initialCommissioningState,
  decide(command, state) {
    switch (command.type) {
      case 'LearnCommitments':
      case 'AmendCommitments':
      case 'OpenCommissioning':
        return decideReaction(command, state);
      case 'StartEquipmentDebugging':
      case 'StartTrialProduction':
      case 'StartPartialProduction':
      case 'StartFullProduction':
      case 'ReachFullCapacity':
        return decideMilestone(command, state);
      case 'ReportMonth':
        return decideReport(command, state);
      case 'RecordStatisticsEntry':
        return decideStatisticsEntry(command, state);
      case 'CheckCommitments':
        return decideCommitmentCheck(command, state);
      default:
        return assertNever(command);
    }
  },
  evolve: evolveCommissioning,
};

export const commissioningAggregate: Aggregate<CommissioningCommand, CommissioningEvent, CommissioningState> = {
  decider: commissioningDecider,
  correlate: (state) => (state.projectId === undefined ? {} : { projectId: state.projectId }),
};
