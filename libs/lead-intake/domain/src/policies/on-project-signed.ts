import type { ProjectSignedV1 } from '@ia/contracts';
import type { MarkLeadSigned } from '../lead/commands';

/** Contract signing signed an agreement drafted from a lead: the lead becomes the project's origin. */
export function onProjectSigned(signed: ProjectSignedV1): { readonly leadId: string; readonly command: MarkLeadSigned } {
  return {
    leadId: signed.leadId,
    command: { type: 'MarkLeadSigned', data: { projectId: signed.projectId, agreementId: signed.agreementId, signedOn: signed.signedOn } },
  };
}
