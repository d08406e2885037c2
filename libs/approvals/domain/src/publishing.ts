import { ApprovalItemGrantedV1, type Outbound } from '@ia/contracts';
import { streamCategory, type RecordedEvent } from '@ia/kernel';
import { APPROVAL_CATEGORY } from './item/decider';
import type { ApprovalItemEvent } from './item/events';

/** Only grants leave the context: construction, land delivery and commissioning react to them. */
export function toIntegrationEvent(event: RecordedEvent): Outbound | undefined {
  if (streamCategory(event.streamName) !== APPROVAL_CATEGORY) return undefined;
  const domainEvent = { type: event.type, data: event.data } as ApprovalItemEvent;
  if (domainEvent.type !== 'ItemGranted') return undefined;
  const { itemId, projectId, itemCode, stage, grantedOn, licenceNumber, projectCode } = domainEvent.data;
  const data: ApprovalItemGrantedV1 = {
    itemId,
    projectId,
    itemCode,
    stage,
    grantedOn,
    licenceNumber,
    ...(projectCode !== undefined && { projectCode }),
  };
  return { definition: ApprovalItemGrantedV1, data, key: projectId };
}
