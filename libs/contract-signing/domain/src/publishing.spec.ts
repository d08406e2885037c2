import { AgreementSupplementedV1, AgreementTerminatedV1, ProjectSignedV1 } from '@ia/contracts';
import { COMMITMENTS, drafted, LEAD, signed } from './agreement/spec-fixtures';
import { recorded } from './projections/spec-recorded';
import { toIntegrationEvent } from './publishing';

describe('integration events of contract signing', () => {
  it('announces a signed project, keyed by the project, valid against its contract', () => {
    const outbound = toIntegrationEvent(recorded('agreement-a1', 1, signed));
    expect(outbound?.definition).toBe(ProjectSignedV1);
    expect(outbound?.key).toBe('project-1');
    expect(ProjectSignedV1.schema.parse(outbound?.data)).toEqual({
      projectId: 'project-1',
      agreementId: 'agreement-1',
      leadId: LEAD.leadId,
      parkId: 'park-east',
      projectName: '智能装备产业园项目',
      enterpriseName: '湘乡智能装备有限公司',
      uscc: '91430381MA4L1234X9',
      industrySection: 'C',
      signedOn: '2026-03-02',
      registrationDueOn: '2026-03-02',
      commitments: COMMITMENTS,
    });
  });

  it('announces a supplement with its counted increment', () => {
    const event = {
      type: 'AgreementSupplemented',
      data: {
        agreementId: 'agreement-1',
        projectId: 'project-1',
        supplementId: 's-1',
        signedOn: '2026-09-01',
        summary: '增资',
        commitments: COMMITMENTS,
        incentives: [],
        countedIncrement: 30_000_000,
      },
    };
    const outbound = toIntegrationEvent(recorded('agreement-a1', 2, event));
    expect(outbound?.definition).toBe(AgreementSupplementedV1);
    expect(AgreementSupplementedV1.schema.parse(outbound?.data)).toEqual({
      projectId: 'project-1',
      agreementId: 'agreement-1',
      signedOn: '2026-09-01',
      commitments: COMMITMENTS,
      countedIncrement: 30_000_000,
    });
  });

  it('announces the termination of a project, but not of a draft that never became one', () => {
    const ofProject = {
      type: 'AgreementTerminated',
      data: { agreementId: 'agreement-1', projectId: 'project-1', terminatedOn: '2026-10-08', reason: '解约' },
    };
    expect(toIntegrationEvent(recorded('agreement-a1', 2, ofProject))).toEqual({
      definition: AgreementTerminatedV1,
      data: { projectId: 'project-1', agreementId: 'agreement-1', terminatedOn: '2026-10-08', reason: '解约' },
      key: 'project-1',
    });
    expect(
      toIntegrationEvent(
        recorded('agreement-a1', 1, {
          type: 'AgreementTerminated',
          data: { agreementId: 'agreement-1', terminatedOn: '2026-10-08', reason: '放弃' },
        }),
      ),
    ).toBeUndefined();
  });

  it('keeps drafts, amendments and other streams to itself', () => {
    expect(toIntegrationEvent(recorded('agreement-a1', 0, drafted))).toBeUndefined();
    expect(toIntegrationEvent(recorded('leadreservation-x', 0, signed))).toBeUndefined();
  });
});
