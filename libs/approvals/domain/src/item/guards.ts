import { ApprovalErrors } from '../errors';
import { isFinal, openSuspension, type ApprovalItem, type ApprovalItemState } from './state';

export function existing(state: ApprovalItemState): ApprovalItem {
  if (state.status === 'none') throw ApprovalErrors.notFound();
  if (isFinal(state.status)) throw ApprovalErrors.closed(state.status);
  return state;
}

export function inOrder(item: ApprovalItem, date: string): void {
  if (date < item.latestOn) throw ApprovalErrors.dateOutOfOrder(date, item.latestOn);
}

export function notSuspended(item: ApprovalItem): void {
  if (openSuspension(item) !== undefined) throw ApprovalErrors.suspended();
}

/** Taken in, waiting for acceptance: earlier is "not taken in", later is "already accepted". */
export function awaitingAcceptance(item: ApprovalItem): void {
  if (item.status === 'opened') throw ApprovalErrors.notTakenIn();
  if (item.status !== 'taken_in') throw ApprovalErrors.alreadyAccepted();
}

export function withAuthority(item: ApprovalItem): void {
  if (item.status !== 'submitted') throw ApprovalErrors.notSubmitted();
}
