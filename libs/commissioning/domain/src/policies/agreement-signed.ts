import type { AgreementSupplementedV1, Commitments as SignedCommitments, ProjectSignedV1 } from '@ia/contracts';
import type { ReactionCommand } from '../commissioning/commands';
import type { Commitments } from '../commissioning/events';

/** Signing tells commissioning what the enterprise promised, to check against what it achieves. */
export function whenProjectSigned(event: ProjectSignedV1): ReactionCommand {
  return {
    type: 'LearnCommitments',
    data: {
      projectId: event.projectId,
      project: {
        agreementId: event.agreementId,
        parkId: event.parkId,
        projectName: event.projectName,
        enterpriseName: event.enterpriseName,
        signedOn: event.signedOn,
      },
      commitments: committed(event.commitments),
    },
  };
}

/** A supplementary agreement (补充协议) replaces the commitments checked from then on. */
export function whenAgreementSupplemented(event: AgreementSupplementedV1): ReactionCommand {
  return {
    type: 'AmendCommitments',
    data: {
      projectId: event.projectId,
      agreementId: event.agreementId,
      signedOn: event.signedOn,
      commitments: committed(event.commitments),
    },
  };
}

function committed(commitments: SignedCommitments): Commitments {
  return {
    totalInvestment: commitments.totalInvestment,
    fixedAssetInvestment: commitments.fixedAssetInvestment,
    landAreaSquareMetres: commitments.landAreaSquareMetres,
    jobs: commitments.jobs,
    taxPerMu: commitments.taxPerMu,
    monthsToProduction: commitments.monthsToProduction,
  };
}
