import type { AgreementSupplementedV1, ProjectSignedV1 } from '@ia/contracts';
import type { LandProjectCommand } from '../land-project/commands';

/** A signed agreement becomes the terms an allocation is checked against. */
export function onProjectSigned(signed: ProjectSignedV1): LandProjectCommand {
  const { projectId, agreementId, parkId, projectName, enterpriseName, signedOn, commitments } = signed;
  return { type: 'RecordAgreement', data: { projectId, agreementId, parkId, projectName, enterpriseName, signedOn, commitments } };
}

/** A supplementary agreement (补充协议) replaces the commitments that allocation checks. */
export function onAgreementSupplemented(supplement: AgreementSupplementedV1): LandProjectCommand {
  return { type: 'ReviseCommitments', data: { projectId: supplement.projectId, commitments: supplement.commitments } };
}
