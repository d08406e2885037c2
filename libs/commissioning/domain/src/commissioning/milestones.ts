import { assertNever } from '@ia/kernel';
import { commissioningErrors } from '../errors';
import type { MilestoneCommand } from './commands';
import type { CommissioningEvent } from './events';
import { latestMilestone, requireNotBefore, requireNotFuture, requireOpen } from './guards';
import type { CommissioningState, Stage } from './state';

/** Debugging, trial, (partial,) full production, full capacity: partial production is optional and may add lines. */
const ALLOWED_FROM: Readonly<Record<MilestoneCommand['type'], readonly Stage[]>> = {
  StartEquipmentDebugging: ['construction_completed'],
  StartTrialProduction: ['equipment_debugging'],
  StartPartialProduction: ['trial_production', 'partial_production'],
  StartFullProduction: ['trial_production', 'partial_production'],
  ReachFullCapacity: ['full_production'],
};

export function decideMilestone(command: MilestoneCommand, state: CommissioningState): CommissioningEvent[] {
  requireOpen(state);
  if (!ALLOWED_FROM[command.type].includes(state.stage)) throw commissioningErrors.outOfOrder(state.stage, command.type);
  const date = command.type === 'ReachFullCapacity' ? command.data.reachedOn : command.data.startedOn;
  requireNotFuture(date, command.data.today);
  requireNotBefore(date, latestMilestone(state.milestones));
  switch (command.type) {
    case 'StartEquipmentDebugging':
      return [{ type: 'EquipmentDebuggingStarted', data: { startedOn: date } }];
    case 'StartTrialProduction':
      return [{ type: 'TrialProductionStarted', data: { startedOn: date } }];
    case 'StartPartialProduction':
      if (state.lines.includes(command.data.line)) throw commissioningErrors.lineAlreadyProducing(command.data.line);
      return [{ type: 'PartialProductionStarted', data: { startedOn: date, line: command.data.line } }];
    case 'StartFullProduction':
      return [{ type: 'FullProductionStarted', data: { startedOn: date } }];
    case 'ReachFullCapacity':
      return [{ type: 'FullCapacityReached', data: { reachedOn: date } }];
    default:
      return assertNever(command);
  }
}
