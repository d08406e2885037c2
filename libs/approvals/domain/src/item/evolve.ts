import { assertNever } from '@ia/kernel';
import type { ApprovalItemEvent } from './events';
import type { ApprovalItem, ApprovalItemState, Suspension } from './state';

const later = (left: string, right: string) => (right > left ? right : left);

function dated(item: ApprovalItem, date: string, changes: Partial<ApprovalItem>): ApprovalItem {
  return { ...item, ...changes, latestOn: later(item.latestOn, date) };
}

function closed(item: ApprovalItem, status: ApprovalItem['status'], date: string, reason: string): ApprovalItem {
  return dated(item, date, { status, closedOn: date, closingReason: reason });
}

function resumeLast(suspensions: readonly Suspension[], resumedOn: string): readonly Suspension[] {
  return suspensions.map((suspension, index) => (index === suspensions.length - 1 ? { ...suspension, resumedOn } : suspension));
}

/** Pure and calendar-free, so replaying an item never depends on today's calendar. */
export function evolveItem(state: ApprovalItemState, event: ApprovalItemEvent): ApprovalItemState {
  if (event.type === 'ItemOpened') {
    const { itemId, projectId, parkId, item, origin, openedOn, dueOn, packageCode } = event.data;
    return {
      status: 'opened',
      itemId,
      projectId,
      ...(parkId !== undefined && { parkId }),
      item,
      origin,
      openedOn,
      ...(dueOn !== undefined && { dueOn }),
      ...(packageCode !== undefined && { packageCode }),
      deficiencies: [],
      suspensions: [],
      corrections: [],
      latestOn: openedOn,
    };
  }
  if (state.status === 'none') return state;
  switch (event.type) {
    case 'AgentAssigned':
      return { ...state, assignee: event.data.agentId };
    case 'MaterialsTakenIn':
      return dated(state, event.data.receivedOn, { status: 'taken_in', intake: event.data });
    case 'ItemAccepted':
      return dated(state, event.data.acceptedOn, { status: 'accepted', acceptedOn: event.data.acceptedOn, acceptance: 'complete' });
    case 'ItemAcceptedWithDeficiencies':
      return dated(state, event.data.acceptedOn, {
        status: 'accepted',
        acceptedOn: event.data.acceptedOn,
        acceptance: 'tolerated_deficiency',
        deficiencies: event.data.deficiencies.map(({ materialCode, promisedOn }) => ({ materialCode, promisedOn })),
      });
    case 'ItemAcceptedUnderCommitment': {
      const { acceptedOn, promise, checkOn } = event.data;
      return dated(state, acceptedOn, { status: 'accepted', acceptedOn, acceptance: 'commitment', commitment: { promise, checkOn } });
    }
    case 'ItemSubmitted':
      return dated(state, event.data.submittedOn, {
        status: 'submitted',
        submittedOn: event.data.submittedOn,
        authority: event.data.authority,
      });
    case 'ItemGranted': {
      const { grantedOn, licenceNumber, projectCode } = event.data;
      const granted = closed(state, 'granted', grantedOn, 'granted');
      return { ...granted, grant: { grantedOn, licenceNumber, ...(projectCode !== undefined && { projectCode }) } };
    }
    case 'ItemRejected':
      return closed(state, 'rejected', event.data.rejectedOn, event.data.reason);
    case 'ItemReturnedForCorrection':
      return dated(state, event.data.returnedOn, { status: 'accepted', corrections: [...state.corrections, event.data] });
    case 'DeferredMaterialSupplied': {
      const { materialCode, suppliedOn } = event.data;
      const deficiencies = state.deficiencies.map((deficiency) =>
        deficiency.materialCode === materialCode ? { ...deficiency, suppliedOn } : deficiency,
      );
      return dated(state, suppliedOn, { deficiencies });
    }
    case 'ItemSuspended': {
      const { suspendedOn, missedPromises, supplyBy, supplyByProvisional } = event.data;
      const suspension: Suspension = {
        suspendedOn,
        supplyBy,
        supplyByProvisional,
        missedMaterials: missedPromises.map((missed) => missed.materialCode),
      };
      return dated(state, suspendedOn, { suspensions: [...state.suspensions, suspension] });
    }
    case 'ItemResumed':
      return dated(state, event.data.resumedOn, { suspensions: resumeLast(state.suspensions, event.data.resumedOn) });
    case 'FileReturned':
      return closed(state, 'returned', event.data.returnedOn, 'supply_window_expired');
    case 'CommitmentKept':
      return dated(state, event.data.checkedOn, {
        commitment: { ...checkedCommitment(state), outcome: 'kept', checkedOn: event.data.checkedOn, finding: event.data.finding },
      });
    case 'CommitmentBroken': {
      const { checkedOn, finding, consequence } = event.data;
      const commitment = { ...checkedCommitment(state), outcome: 'broken' as const, checkedOn, finding, consequence };
      const next = dated(state, checkedOn, { commitment });
      return consequence === 'revocation' ? closed(next, 'revoked', checkedOn, finding) : next;
    }
    case 'ItemWaived':
      return closed(state, 'waived', event.data.waivedOn, event.data.reason);
    case 'ApplicantDataErased':
      return { ...state, applicantDataErased: true };
    default:
      return assertNever(event);
  }
}

function checkedCommitment(item: ApprovalItem) {
  return item.commitment ?? { promise: '', checkOn: item.latestOn };
}
