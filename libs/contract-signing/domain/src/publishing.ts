import { streamCategory, type RecordedEvent } from '@ia/kernel';
import { AgreementSupplementedV1, AgreementTerminatedV1, ProjectSignedV1, type Outbound } from '@ia/contracts';
import type { AgreementEvent } from './agreement/events';
import { CATEGORIES } from './projections/collections';

/** What the outside world learns of agreements: only signed projects and what happens to them. */
export function toIntegrationEvent(event: RecordedEvent): Outbound | undefined {
  if (streamCategory(event.streamName) !== CATEGORIES.agreement) return undefined;
  const stored = event as unknown as AgreementEvent;
  switch (stored.type) {
    case 'AgreementSigned': {
      const { enterprise, ...signed } = stored.data;
      const data: ProjectSignedV1 = {
        projectId: signed.projectId,
        agreementId: signed.agreementId,
        leadId: signed.leadId,
        parkId: signed.parkId,
        projectName: signed.projectName,
        enterpriseName: enterprise.name,
        ...(enterprise.uscc !== undefined && { uscc: enterprise.uscc }),
        industrySection: enterprise.industrySection,
        signedOn: signed.signedOn,
        registrationDueOn: signed.registrationDueOn,
        ...(signed.approvalPackage !== undefined && { approvalPackage: signed.approvalPackage }),
        commitments: signed.commitments,
      };
      return { definition: ProjectSignedV1, data, key: signed.projectId };
    }
    case 'AgreementSupplemented': {
      const { projectId, agreementId, signedOn, commitments, countedIncrement } = stored.data;
      const data: AgreementSupplementedV1 = { projectId, agreementId, signedOn, commitments, countedIncrement };
      return { definition: AgreementSupplementedV1, data, key: projectId };
    }
    case 'AgreementTerminated': {
      const { projectId, agreementId, terminatedOn, reason } = stored.data;
      if (projectId === undefined) return undefined;
      const data: AgreementTerminatedV1 = { projectId, agreementId, terminatedOn, reason };
      return { definition: AgreementTerminatedV1, data, key: projectId };
    }
    default:
      return undefined;
  }
}
