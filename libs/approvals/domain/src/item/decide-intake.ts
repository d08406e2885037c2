import { APPLICANT_FIELDS, applicantSubject } from '../applicant/applicant';
import { ApprovalErrors } from '../errors';
import { missingMaterials } from '../catalog/catalog';
import type { ApprovalItemCommandOf } from './commands';
import type { ApprovalItemEvent } from './events';
import { awaitingAcceptance, existing, inOrder } from './guards';
import type { ApprovalItemState } from './state';

type Events = readonly ApprovalItemEvent[];

export function openItem(command: ApprovalItemCommandOf<'OpenItem'>, state: ApprovalItemState): Events {
  if (state.status !== 'none') throw ApprovalErrors.alreadyOpened();
  return [{ type: 'ItemOpened', data: command.data }];
}

export function assignAgent(command: ApprovalItemCommandOf<'AssignAgent'>, state: ApprovalItemState): Events {
  const item = existing(state);
  if (item.assignee === command.data.agentId) return [];
  return [
    {
      type: 'AgentAssigned',
      data: { agentId: command.data.agentId, ...(item.assignee !== undefined && { previousAgentId: item.assignee }) },
    },
  ];
}

/** The "three ones" (三个一): one form, one set of materials, one ID, handed over once; the core materials must be in it. */
export function takeInMaterials(command: ApprovalItemCommandOf<'TakeInMaterials'>, state: ApprovalItemState): Events {
  const item = existing(state);
  if (item.assignee === undefined) throw ApprovalErrors.notAssigned();
  if (item.status !== 'opened') throw ApprovalErrors.alreadyTakenIn();
  inOrder(item, command.data.receivedOn);
  const known = item.item.materials.map((material) => material.code);
  const unknown = command.data.materialCodes.filter((code) => !known.includes(code));
  if (unknown.length > 0) throw ApprovalErrors.unknownMaterial(unknown);
  const missingCore = missingMaterials(item.item, command.data.materialCodes).filter((material) => material.kind === 'core');
  if (missingCore.length > 0) throw ApprovalErrors.materialsIncomplete(missingCore.map((material) => material.code));
  return [{ type: 'MaterialsTakenIn', data: { ...command.data, materialCodes: [...new Set(command.data.materialCodes)] } }];
}

export function acceptComplete(command: ApprovalItemCommandOf<'AcceptComplete'>, state: ApprovalItemState): Events {
  const item = existing(state);
  awaitingAcceptance(item);
  inOrder(item, command.data.acceptedOn);
  const missing = missingMaterials(item.item, item.intake?.materialCodes ?? []);
  if (missing.length > 0) throw ApprovalErrors.materialsIncomplete(missing.map((material) => material.code));
  return [{ type: 'ItemAccepted', data: command.data }];
}

/** 容缺: only secondary materials may be missing, each with a promised date, and every missing one is listed. */
export function acceptWithDeficiencies(command: ApprovalItemCommandOf<'AcceptWithDeficiencies'>, state: ApprovalItemState): Events {
  const item = existing(state);
  if (!item.item.deficiencyAllowed) throw ApprovalErrors.deficiencyNotAllowed();
  awaitingAcceptance(item);
  const { acceptedOn, deficiencies } = command.data;
  inOrder(item, acceptedOn);
  if (deficiencies.length === 0) return acceptComplete({ type: 'AcceptComplete', data: { acceptedOn } }, state);
  const listed = deficiencies.map((deficiency) => deficiency.materialCode);
  const materials = new Map(item.item.materials.map((material) => [material.code, material]));
  const unknown = listed.filter((code) => !materials.has(code));
  if (unknown.length > 0) throw ApprovalErrors.unknownMaterial(unknown);
  const core = listed.filter((code) => materials.get(code)?.kind === 'core');
  if (core.length > 0) throw ApprovalErrors.coreMaterialCannotBeDeferred(core);
  const received = item.intake?.materialCodes ?? [];
  const alreadyReceived = listed.filter((code) => received.includes(code));
  if (alreadyReceived.length > 0) throw ApprovalErrors.materialAlreadyReceived(alreadyReceived);
  const unlisted = missingMaterials(item.item, received).filter((material) => !listed.includes(material.code));
  if (unlisted.length > 0) throw ApprovalErrors.materialsIncomplete(unlisted.map((material) => material.code));
  if (deficiencies.some((deficiency) => deficiency.promisedOn < acceptedOn)) throw ApprovalErrors.promiseBeforeAcceptance();
  return [{ type: 'ItemAcceptedWithDeficiencies', data: { acceptedOn, deficiencies } }];
}

/** 告知承诺: the enterprise promises in writing, the item proceeds, and the promise is checked on `checkOn`. */
export function acceptUnderCommitment(command: ApprovalItemCommandOf<'AcceptUnderCommitment'>, state: ApprovalItemState): Events {
  const item = existing(state);
  if (!item.item.commitmentAllowed) throw ApprovalErrors.commitmentNotAllowed();
  if (command.data.commitmentRouteLost) throw ApprovalErrors.commitmentRouteLost();
  awaitingAcceptance(item);
  const { acceptedOn, promise, checkOn } = command.data;
  inOrder(item, acceptedOn);
  if (checkOn < acceptedOn) throw ApprovalErrors.promiseBeforeAcceptance();
  return [{ type: 'ItemAcceptedUnderCommitment', data: { acceptedOn, promise, checkOn } }];
}

/** Honoured whatever the item's status, once there is an applicant to erase; a second request changes nothing. */
export function eraseApplicantData(state: ApprovalItemState): Events {
  if (state.status === 'none') throw ApprovalErrors.notFound();
  if (state.applicantDataErased === true) return [];
  if (state.intake === undefined) throw ApprovalErrors.noApplicantData();
  return [{ type: 'ApplicantDataErased', data: { subject: applicantSubject(state.itemId), fields: [...APPLICANT_FIELDS] } }];
}
