import type { WorkingCalendar } from '@ia/reference';
import { ApprovalErrors } from '../errors';
import type { ApprovalItemCommandOf } from './commands';
import type { ApprovalItemEvent } from './events';
import { existing, inOrder } from './guards';
import { openSuspension, outstandingDeficiencies, type ApprovalItemState } from './state';

type Events = readonly ApprovalItemEvent[];

/** A late supply is still taken within this many working days of the missed promise; after it the file goes back. */
export const SUPPLY_WINDOW_WORKING_DAYS = 15;

export function supplyDeferredMaterial(
  command: ApprovalItemCommandOf<'SupplyDeferredMaterial'>,
  state: ApprovalItemState,
  calendar: WorkingCalendar,
): Events {
  const item = existing(state);
  const { materialCode, suppliedOn } = command.data;
  const deficiency = outstandingDeficiencies(item).find((candidate) => candidate.materialCode === materialCode);
  if (deficiency === undefined) throw ApprovalErrors.notDeferred(materialCode);
  inOrder(item, suppliedOn);
  const suspension = openSuspension(item);
  const supplyBy = suspension?.supplyBy ?? calendar.addWorkingDays(deficiency.promisedOn, SUPPLY_WINDOW_WORKING_DAYS).date;
  if (suppliedOn > supplyBy) return [{ type: 'FileReturned', data: { returnedOn: suppliedOn, supplyBy } }];
  const supplied: ApprovalItemEvent = {
    type: 'DeferredMaterialSupplied',
    data: { materialCode, promisedOn: deficiency.promisedOn, suppliedOn, late: suppliedOn > deficiency.promisedOn },
  };
  if (suspension === undefined) return [supplied];
  const stillMissing = outstandingDeficiencies(item).filter(
    (other) => other.materialCode !== materialCode && suspension.missedMaterials.includes(other.materialCode),
  );
  if (stillMissing.length > 0) return [supplied];
  return [supplied, { type: 'ItemResumed', data: { resumedOn: suppliedOn, suspendedOn: suspension.suspendedOn } }];
}

/** An unkept promise (容缺) suspends the item: a visible, dated fact, and the clock stops. */
export function suspendForMissedPromise(
  command: ApprovalItemCommandOf<'SuspendForMissedPromise'>,
  state: ApprovalItemState,
  calendar: WorkingCalendar,
): Events {
  const item = existing(state);
  if (openSuspension(item) !== undefined) throw ApprovalErrors.alreadySuspended();
  const { suspendedOn } = command.data;
  inOrder(item, suspendedOn);
  const missed = outstandingDeficiencies(item).filter((deficiency) => deficiency.promisedOn < suspendedOn);
  const earliest = missed.map((deficiency) => deficiency.promisedOn).sort()[0];
  if (earliest === undefined) throw ApprovalErrors.noMissedPromise();
  const supplyBy = calendar.addWorkingDays(earliest, SUPPLY_WINDOW_WORKING_DAYS);
  return [
    {
      type: 'ItemSuspended',
      data: {
        suspendedOn,
        missedPromises: missed.map(({ materialCode, promisedOn }) => ({ materialCode, promisedOn })),
        supplyBy: supplyBy.date,
        supplyByProvisional: supplyBy.provisional,
      },
    },
  ];
}

export function returnFile(command: ApprovalItemCommandOf<'ReturnFile'>, state: ApprovalItemState): Events {
  const item = existing(state);
  const suspension = openSuspension(item);
  if (suspension === undefined) throw ApprovalErrors.notSuspended();
  inOrder(item, command.data.returnedOn);
  if (command.data.returnedOn <= suspension.supplyBy) throw ApprovalErrors.supplyWindowOpen(suspension.supplyBy);
  return [{ type: 'FileReturned', data: { returnedOn: command.data.returnedOn, supplyBy: suspension.supplyBy } }];
}

/** The later check of 告知承诺; a commitment is checked once, even after the licence issued. */
export function checkCommitment(command: ApprovalItemCommandOf<'CheckCommitment'>, state: ApprovalItemState): Events {
  const item = state.status === 'granted' ? state : existing(state);
  if (item.commitment === undefined) throw ApprovalErrors.noCommitment();
  if (item.commitment.outcome !== undefined) throw ApprovalErrors.commitmentAlreadyChecked();
  const { checkedOn, kept, finding, consequence } = command.data;
  inOrder(item, checkedOn);
  if (kept) return [{ type: 'CommitmentKept', data: { checkedOn, finding } }];
  if (consequence === undefined) throw ApprovalErrors.consequenceRequired();
  return [{ type: 'CommitmentBroken', data: { checkedOn, finding, consequence } }];
}

export function waiveItem(command: ApprovalItemCommandOf<'WaiveItem'>, state: ApprovalItemState): Events {
  const item = existing(state);
  inOrder(item, command.data.waivedOn);
  return [{ type: 'ItemWaived', data: command.data }];
}
