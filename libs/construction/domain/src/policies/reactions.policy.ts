import { WELL_KNOWN_ITEMS, type ApprovalItemGrantedV1, type LandDeliveredV1, type ProjectSignedV1 } from '@ia/contracts';
import type { ConstructionCommand } from '../construction/commands';

/** The delivery of the land (T0) opens the construction record. */
export function onLandDelivered(delivered: LandDeliveredV1): ConstructionCommand {
  const { projectId, deliveredOn, parcelId, parcelCode, confirmationNumber } = delivered;
  return { type: 'RecordLandDelivery', data: { projectId, deliveredOn, parcelId, parcelCode, confirmationNumber } };
}

/** The construction permit (T1) is the other half of clearing the start of work; other items do not matter here. */
export function onApprovalItemGranted(granted: ApprovalItemGrantedV1): ConstructionCommand | undefined {
  if (granted.itemCode !== WELL_KNOWN_ITEMS.constructionPermit) return undefined;
  const { projectId, grantedOn, licenceNumber } = granted;
  return { type: 'RecordConstructionPermit', data: { projectId, grantedOn, ...(licenceNumber !== undefined && { licenceNumber }) } };
}

/** The agreement says how many days after delivery work must start, and names the park and the project. */
export function onProjectSigned(signed: ProjectSignedV1): ConstructionCommand {
  const { projectId, parkId, projectName, commitments } = signed;
  return {
    type: 'RecordAgreementTerms',
    data: { projectId, parkId, projectName, daysFromDeliveryToStart: commitments.daysFromDeliveryToStart },
  };
}
