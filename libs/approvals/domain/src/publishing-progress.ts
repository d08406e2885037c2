import {
  ApprovalItemAcceptedV1,
  ApprovalItemAgentAssignedV1,
  ApprovalItemClockChangedV1,
  ApprovalItemClosedV1,
  ApprovalItemOpenedV1,
  ApprovalMaterialSuppliedV1,
  type Outbound,
} from '@ia/contracts';
import { streamId, type RecordedEvent } from '@ia/kernel';
import type { ApprovalItemEvent } from './item/events';

/** An item's progress against its time limit, for reminders; the item and project come from the stream and the metadata. */
export function progressOf(event: RecordedEvent): Outbound | undefined {
  const domainEvent = { type: event.type, data: event.data } as ApprovalItemEvent;
  const projectId = event.metadata.projectId;
  if (projectId === undefined) return undefined;
  const item = { projectId, itemId: streamId(event.streamName) };
  const out = <Data>(definition: Outbound<Data>['definition'], data: Data): Outbound => ({ definition, data, key: projectId });
  switch (domainEvent.type) {
    case 'ItemOpened': {
      const { parkId, item: catalogItem, openedOn, dueOn } = domainEvent.data;
      return out(ApprovalItemOpenedV1, {
        ...item,
        ...(parkId !== undefined && { parkId }),
        itemCode: catalogItem.code,
        itemName: catalogItem.name,
        stage: catalogItem.stage,
        timeLimitDays: catalogItem.timeLimitDays,
        openedOn,
        ...(dueOn !== undefined && { dueOn }),
      } satisfies ApprovalItemOpenedV1);
    }
    case 'AgentAssigned':
      return out(ApprovalItemAgentAssignedV1, { ...item, agentId: domainEvent.data.agentId } satisfies ApprovalItemAgentAssignedV1);
    case 'ItemAccepted':
    case 'ItemAcceptedUnderCommitment':
      return out(ApprovalItemAcceptedV1, {
        ...item,
        acceptedOn: domainEvent.data.acceptedOn,
        promisedMaterials: [],
      } satisfies ApprovalItemAcceptedV1);
    case 'ItemAcceptedWithDeficiencies': {
      const promisedMaterials = domainEvent.data.deficiencies.map(({ materialCode, promisedOn }) => ({ materialCode, promisedOn }));
      return out(ApprovalItemAcceptedV1, {
        ...item,
        acceptedOn: domainEvent.data.acceptedOn,
        promisedMaterials,
      } satisfies ApprovalItemAcceptedV1);
    }
    case 'DeferredMaterialSupplied': {
      const { materialCode, suppliedOn } = domainEvent.data;
      return out(ApprovalMaterialSuppliedV1, { ...item, materialCode, suppliedOn } satisfies ApprovalMaterialSuppliedV1);
    }
    case 'ItemSuspended':
      return out(ApprovalItemClockChangedV1, {
        ...item,
        clock: 'stopped',
        changedOn: domainEvent.data.suspendedOn,
      } satisfies ApprovalItemClockChangedV1);
    case 'ItemResumed':
      return out(ApprovalItemClockChangedV1, {
        ...item,
        clock: 'resumed',
        changedOn: domainEvent.data.resumedOn,
      } satisfies ApprovalItemClockChangedV1);
    case 'ItemRejected':
      return out(ApprovalItemClosedV1, {
        ...item,
        outcome: 'rejected',
        closedOn: domainEvent.data.rejectedOn,
      } satisfies ApprovalItemClosedV1);
    case 'ItemWaived':
      return out(ApprovalItemClosedV1, { ...item, outcome: 'waived', closedOn: domainEvent.data.waivedOn } satisfies ApprovalItemClosedV1);
    case 'FileReturned':
      return out(ApprovalItemClosedV1, {
        ...item,
        outcome: 'file_returned',
        closedOn: domainEvent.data.returnedOn,
      } satisfies ApprovalItemClosedV1);
    default:
      return undefined;
  }
}
