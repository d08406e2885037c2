import type { ApprovalItemGrantedV1, ProjectSignedV1 } from '@ia/contracts';
import { meetingAgreement } from '../test-fixtures';
import { onApprovalItemGranted } from './approvals.policy';
import { onAgreementSupplemented, onProjectSigned } from './signing.policy';

const signed: ProjectSignedV1 = {
  projectId: 'project-1',
  agreementId: 'agreement-1',
  leadId: 'lead-1',
  parkId: 'park-xiangxiang',
  projectName: '医疗器械产业园',
  enterpriseName: '湖南某医疗器械有限公司',
  industrySection: 'C',
  signedOn: '2026-01-10',
  registrationDueOn: '2026-01-10',
  commitments: meetingAgreement.commitments,
};
const granted = (itemCode: string): ApprovalItemGrantedV1 => ({
  projectId: 'project-1',
  itemId: 'item-1',
  itemCode,
  stage: 'land',
  grantedOn: '2026-03-02',
  licenceNumber: '湘(2026)不动产权第1号',
});

describe('land delivery policies', () => {
  it('records the agreement of a signed project', () => {
    expect(onProjectSigned(signed)).toEqual({
      type: 'RecordAgreement',
      data: {
        projectId: 'project-1',
        agreementId: 'agreement-1',
        parkId: 'park-xiangxiang',
        projectName: '医疗器械产业园',
        enterpriseName: '湖南某医疗器械有限公司',
        signedOn: '2026-01-10',
        commitments: meetingAgreement.commitments,
      },
    });
  });
  it('revises the commitments of a supplementary agreement', () => {
    const supplement = {
      projectId: 'project-1',
      agreementId: 'agreement-2',
      signedOn: '2026-02-01',
      commitments: meetingAgreement.commitments,
      countedIncrement: 0,
    };
    expect(onAgreementSupplemented(supplement)).toEqual({
      type: 'ReviseCommitments',
      data: { projectId: 'project-1', commitments: meetingAgreement.commitments },
    });
  });
  it('records the title certificate and ignores every other approval item', () => {
    expect(onApprovalItemGranted(granted('title_certificate'))).toEqual({
      type: 'RecordTitleCertificate',
      data: { projectId: 'project-1', grantedOn: '2026-03-02', certificateNumber: '湘(2026)不动产权第1号', source: 'approvals' },
    });
    expect(onApprovalItemGranted(granted('construction_permit'))).toBeUndefined();
  });
});
