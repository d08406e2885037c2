import { WELL_KNOWN_ITEMS, type ApprovalItemGrantedV1 } from '@ia/contracts';
import type { LandProjectCommand } from '../land-project/commands';

/** Of all approvals, only the real-estate title certificate (不动产权证书) matters to land delivery. */
export function onApprovalItemGranted(granted: ApprovalItemGrantedV1): LandProjectCommand | undefined {
  if (granted.itemCode !== WELL_KNOWN_ITEMS.titleCertificate) return undefined;
  return {
    type: 'RecordTitleCertificate',
    data: {
      projectId: granted.projectId,
      grantedOn: granted.grantedOn,
      ...(granted.licenceNumber !== undefined && { certificateNumber: granted.licenceNumber }),
      source: 'approvals',
    },
  };
}
