import { deciderSpec } from '@ia/testing';
import { meetingAgreement } from '../test-fixtures';
import type { AgreementRecord } from './commands';
import type { LandProjectEvent } from './events';
import { landProjectAggregate, landProjectDecider, parkOfLandProject } from './decider';

const spec = deciderSpec(landProjectDecider);
const agreement: AgreementRecord = {
  projectId: 'project-1',
  agreementId: 'agreement-1',
  parkId: 'park-xiangxiang',
  projectName: '医疗器械产业园',
  enterpriseName: '湖南某医疗器械有限公司',
  signedOn: '2026-01-10',
  commitments: meetingAgreement.commitments,
};
const certificate = { projectId: 'project-1', grantedOn: '2026-03-02', source: 'approvals' } as const;

describe('land project', () => {
  it('records the agreement once, however often it is delivered', () => {
    spec
      .given([])
      .when({ type: 'RecordAgreement', data: agreement })
      .then([{ type: 'AgreementRecorded', data: agreement }]);
    spec
      .given([{ type: 'AgreementRecorded', data: agreement }])
      .when({ type: 'RecordAgreement', data: agreement })
      .then([]);
  });
  it('replaces the commitments of a supplementary agreement', () => {
    const commitments = { ...agreement.commitments, fixedAssetInvestment: 120_000_000 };
    spec
      .given([{ type: 'AgreementRecorded', data: agreement }])
      .when({ type: 'ReviseCommitments', data: { projectId: 'project-1', commitments } })
      .then([{ type: 'AgreementRecorded', data: { ...agreement, commitments } }]);
  });
  it('ignores a supplement of an agreement it does not know and one that changes nothing', () => {
    spec
      .given([])
      .when({ type: 'ReviseCommitments', data: { projectId: 'project-1', commitments: agreement.commitments } })
      .then([]);
    spec
      .given([{ type: 'AgreementRecorded', data: agreement }])
      .when({ type: 'ReviseCommitments', data: { projectId: 'project-1', commitments: agreement.commitments } })
      .then([]);
  });
  it('keeps a title certificate even before the agreement is known', () => {
    spec
      .given([])
      .when({ type: 'RecordTitleCertificate', data: certificate })
      .then([{ type: 'TitleCertificateRecorded', data: certificate }]);
  });
  it('takes the same certificate twice as once and refuses another date', () => {
    spec
      .given([{ type: 'TitleCertificateRecorded', data: certificate }])
      .when({ type: 'RecordTitleCertificate', data: { ...certificate, source: 'entered' } })
      .then([]);
    spec
      .given([{ type: 'TitleCertificateRecorded', data: certificate }])
      .when({ type: 'RecordTitleCertificate', data: { ...certificate, grantedOn: '2026-03-09' } })
      .thenThrows('LAND.TITLE_CERTIFICATE_CONFLICT');
  });
  it('names the project in every event', () => {
    expect(landProjectAggregate.correlate({}, { type: 'TitleCertificateRecorded', data: certificate })).toEqual({ projectId: 'project-1' });
  });
  it('knows its park from the agreement, none for a project it never heard of, and not yet from a certificate alone', () => {
    expect(parkOfLandProject(spec.given([{ type: 'AgreementRecorded', data: agreement }]).state())).toBe('park-xiangxiang');
    expect(parkOfLandProject(spec.given([]).state())).toBeUndefined();
    expect(parkOfLandProject(spec.given([{ type: 'TitleCertificateRecorded', data: certificate }]).state())).toBeNull();
  });
  it('does not guess the park of an agreement recorded without one', () => {
    const { parkId: _parkId, ...unplaced } = agreement;
    const legacy = { type: 'AgreementRecorded', data: unplaced } as unknown as LandProjectEvent;
    expect(parkOfLandProject(spec.given([legacy]).state())).toBeNull();
  });
});
