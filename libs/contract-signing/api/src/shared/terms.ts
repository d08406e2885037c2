import type { NegotiatedTerms } from '@ia/contract-signing/domain';
import type { NegotiatedTermsDto } from '../draft-agreement/draft-agreement.dto';
import { toChoices, toCommitments } from './mapping';

export function toTerms(dto: NegotiatedTermsDto): NegotiatedTerms {
  return {
    projectName: dto.projectName,
    parties: { parkSignatory: dto.parties.parkSignatory, enterpriseSignatory: dto.parties.enterpriseSignatory },
    commitments: toCommitments(dto.commitments),
    incentives: toChoices(dto.incentives),
    ...(dto.approvalPackage !== undefined && { approvalPackage: dto.approvalPackage }),
  };
}
