import { assertNever, type Aggregate, type Decider } from '@ia/kernel';
import type { WorkingCalendar } from '@ia/reference';
import type { ApprovalItemCommand } from './commands';
import { grant, reject, returnForCorrection, submit } from './decide-authority';
import { checkCommitment, returnFile, supplyDeferredMaterial, suspendForMissedPromise, waiveItem } from './decide-deficiencies';
import {
  acceptComplete,
  acceptUnderCommitment,
  acceptWithDeficiencies,
  assignAgent,
  eraseApplicantData,
  openItem,
  takeInMaterials,
} from './decide-intake';
import type { ApprovalItemEvent } from './events';
import { evolveItem } from './evolve';
import type { ApprovalItemState } from './state';

export const approvalStream = (itemId: string) => `approval-${itemId}`;
export const APPROVAL_CATEGORY = 'approval';

/**
 * The working calendar is an argument of the decider, not of the state: decisions that count working days
 * (the 15-day supply window) write the dates they computed into their events, so replay needs no calendar.
 */
export function approvalItemDecider(calendar: WorkingCalendar): Decider<ApprovalItemCommand, ApprovalItemEvent, ApprovalItemState> {
  return {
    initialState: { status: 'none' },
    decide(command, state) {
      switch (command.type) {
        case 'OpenItem':
          return openItem(command, state);
        case 'AssignAgent':
          return assignAgent(command, state);
        case 'TakeInMaterials':
          return takeInMaterials(command, state);
        case 'AcceptComplete':
          return acceptComplete(command, state);
        case 'AcceptWithDeficiencies':
          return acceptWithDeficiencies(command, state);
        case 'AcceptUnderCommitment':
          return acceptUnderCommitment(command, state);
        case 'Submit':
          return submit(command, state);
        case 'Grant':
          return grant(command, state);
        case 'Reject':
          return reject(command, state);
        case 'ReturnForCorrection':
          return returnForCorrection(command, state);
        case 'SupplyDeferredMaterial':
          return supplyDeferredMaterial(command, state, calendar);
        case 'SuspendForMissedPromise':
          return suspendForMissedPromise(command, state, calendar);
        case 'ReturnFile':
          return returnFile(command, state);
        case 'CheckCommitment':
          return checkCommitment(command, state);
        case 'WaiveItem':
          return waiveItem(command, state);
        case 'EraseApplicantData':
          return eraseApplicantData(state);
        default:
          return assertNever(command);
      }
    },
    evolve: evolveItem,
  };
}

export function approvalItemAggregate(calendar: WorkingCalendar): Aggregate<ApprovalItemCommand, ApprovalItemEvent, ApprovalItemState> {
  return {
    decider: approvalItemDecider(calendar),
    correlate: (state) => (state.status === 'none' ? {} : { projectId: state.projectId }),
  };
}
