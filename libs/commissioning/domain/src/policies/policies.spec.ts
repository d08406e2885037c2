import { AgreementSupplementedV1, ConstructionCompletedV1, ProjectSignedV1 } from '@ia/contracts';
import { COMMITMENTS, PROJECT, PROJECT_ID } from '../test-support/fixtures';
import { whenAgreementSupplemented, whenProjectSigned } from './agreement-signed';
import { whenConstructionCompleted } from './construction-completed';

const signedCommitments = { ...COMMITMENTS, parcelCode: 'XX-2025-07', daysFromDeliveryToStart: 0 };

describe('reactions to other services', () => {
  it('opens commissioning when construction is completed', () => {
    const event = ConstructionCompletedV1.schema.parse({ projectId: PROJECT_ID, startedOn: '2025-05-06', completedOn: '2026-01-20' });
    expect(whenConstructionCompleted(event)).toEqual({
      type: 'OpenCommissioning',
      data: { projectId: PROJECT_ID, constructionStartedOn: '2025-05-06', completedOn: '2026-01-20' },
    });
  });

  it('learns the project and the commitments it will be checked against from the signing', () => {
    const event = ProjectSignedV1.schema.parse({
      projectId: PROJECT_ID,
      leadId: 'lead-1',
      ...PROJECT,
      industrySection: 'C',
      registrationDueOn: PROJECT.signedOn,
      commitments: signedCommitments,
    });
    expect(whenProjectSigned(event)).toEqual({
      type: 'LearnCommitments',
      data: { projectId: PROJECT_ID, project: PROJECT, commitments: COMMITMENTS },
    });
  });

  it('takes the commitments of a supplementary agreement', () => {
    const event = AgreementSupplementedV1.schema.parse({
      projectId: PROJECT_ID,
      agreementId: 'agreement-1',
      signedOn: '2025-10-09',
      commitments: { ...signedCommitments, jobs: 400 },
      countedIncrement: 0,
    });
    expect(whenAgreementSupplemented(event)).toEqual({
      type: 'AmendCommitments',
      data: { projectId: PROJECT_ID, agreementId: 'agreement-1', signedOn: '2025-10-09', commitments: { ...COMMITMENTS, jobs: 400 } },
    });
  });
});
