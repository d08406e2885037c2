import { ApprovalErrors } from '../errors';
import type { ApprovalItemCommandOf } from './commands';
import type { ApprovalItemEvent } from './events';
import { existing, inOrder, notSuspended, withAuthority } from './guards';
import { isNationalProjectCode } from './project-code';
import { outstandingDeficiencies, type ApprovalItemState } from './state';

type Events = readonly ApprovalItemEvent[];

export function submit(command: ApprovalItemCommandOf<'Submit'>, state: ApprovalItemState): Events {
  const item = existing(state);
  if (item.status === 'opened' || item.status === 'taken_in') throw ApprovalErrors.notAccepted();
  if (item.status === 'submitted') throw ApprovalErrors.alreadySubmitted();
  notSuspended(item);
  inOrder(item, command.data.submittedOn);
  return [{ type: 'ItemSubmitted', data: command.data }];
}

/** The licence issues only once deferred materials are in (容缺) and every prerequisite item is granted. */
export function grant(command: ApprovalItemCommandOf<'Grant'>, state: ApprovalItemState): Events {
  const item = existing(state);
  withAuthority(item);
  notSuspended(item);
  const { grantedOn, licenceNumber, projectCode, unmetPrerequisites } = command.data;
  inOrder(item, grantedOn);
  const outstanding = outstandingDeficiencies(item);
  if (outstanding.length > 0) throw ApprovalErrors.deficienciesOutstanding(outstanding.map((deficiency) => deficiency.materialCode));
  if (unmetPrerequisites.length > 0) throw ApprovalErrors.prerequisitesNotGranted(unmetPrerequisites);
  if (item.item.givesProjectCode && projectCode === undefined) throw ApprovalErrors.projectCodeRequired();
  if (projectCode !== undefined && !isNationalProjectCode(projectCode)) throw ApprovalErrors.invalidProjectCode(projectCode);
  return [
    {
      type: 'ItemGranted',
      data: {
        itemId: item.itemId,
        projectId: item.projectId,
        itemCode: item.item.code,
        stage: item.item.stage,
        grantedOn,
        licenceNumber,
        ...(projectCode !== undefined && { projectCode }),
      },
    },
  ];
}

export function reject(command: ApprovalItemCommandOf<'Reject'>, state: ApprovalItemState): Events {
  const item = existing(state);
  withAuthority(item);
  inOrder(item, command.data.rejectedOn);
  return [{ type: 'ItemRejected', data: command.data }];
}

/** 补正: the authority sends the file back; it is resubmitted once corrected. */
export function returnForCorrection(command: ApprovalItemCommandOf<'ReturnForCorrection'>, state: ApprovalItemState): Events {
  const item = existing(state);
  withAuthority(item);
  inOrder(item, command.data.returnedOn);
  return [{ type: 'ItemReturnedForCorrection', data: command.data }];
}
