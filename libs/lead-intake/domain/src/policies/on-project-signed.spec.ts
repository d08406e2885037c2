import { ProjectSignedV1 } from '@ia/contracts';
import { LEAD_ID } from '../test-support/fixtures';
import { onProjectSigned } from './on-project-signed';

describe('when a project is signed', () => {
  it('marks the lead it was drafted from signed, with the project and agreement', () => {
    const signed = ProjectSignedV1.schema.parse({
      projectId: 'project-1',
      agreementId: 'agreement-1',
      leadId: LEAD_ID,
      parkId: 'xiangxiang-edz',
      projectName: '星辰电气智能配电设备生产基地',
      enterpriseName: '湖南星辰电气有限公司',
      industrySection: 'C',
      signedOn: '2026-04-01',
      registrationDueOn: '2026-04-01',
      commitments: {
        totalInvestment: 300_000_000,
        fixedAssetInvestment: 240_000_000,
        landAreaSquareMetres: 66_666.67,
        daysFromDeliveryToStart: 0,
        monthsToProduction: 12,
        jobs: 400,
        taxPerMu: 200_000,
      },
    });
    expect(onProjectSigned(signed)).toEqual({
      leadId: LEAD_ID,
      command: { type: 'MarkLeadSigned', data: { projectId: 'project-1', agreementId: 'agreement-1', signedOn: '2026-04-01' } },
    });
  });
});
