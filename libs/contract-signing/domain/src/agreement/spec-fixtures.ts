import type { Commitments } from '@ia/contracts';
import { grantIncentives } from '../incentives/grant';
import { DEFAULT_INCENTIVES } from '../incentives/terms';
import type { QualifiedLead } from '../lead-qualification/decider';
import type { AgreementCommand } from './commands';
import type { AgreementEvent } from './events';

export const LEAD: QualifiedLead = {
  leadId: '0190a000-0000-7000-8000-000000000001',
  parkId: 'park-east',
  companyName: '湘乡智能装备有限公司',
  uscc: '91430381MA4L1234X9',
  industry: { section: 'C', division: '38' },
  qualifiedOn: '2026-02-20',
};

export const COMMITMENTS: Commitments = {
  totalInvestment: 120_000_000,
  fixedAssetInvestment: 80_000_000,
  landAreaSquareMetres: 33_333.33,
  parcelCode: 'XX-2026-07',
  daysFromDeliveryToStart: 30,
  monthsToProduction: 18,
  jobs: 200,
  taxPerMu: 150_000,
};

export const PARTIES = { parkSignatory: '王主任', enterpriseSignatory: '李总' };
export const CHOICES = [{ code: 'three-free-two-half', factoryAreaSquareMetres: 5_000 }, { code: 'fixed-asset-reward' }];

export const draftCommand = (overrides: Partial<Extract<AgreementCommand, { type: 'DraftAgreement' }>['data']> = {}): AgreementCommand => ({
  type: 'DraftAgreement',
  data: {
    agreementId: 'agreement-1',
    leadId: LEAD.leadId,
    lead: LEAD,
    signedAgreementForLead: undefined,
    catalog: DEFAULT_INCENTIVES,
    projectName: '智能装备产业园项目',
    parties: PARTIES,
    commitments: COMMITMENTS,
    incentives: CHOICES,
    ...overrides,
  },
});

export const drafted: AgreementEvent = {
  type: 'AgreementDrafted',
  data: {
    agreementId: 'agreement-1',
    leadId: LEAD.leadId,
    parkId: 'park-east',
    enterprise: { name: '湘乡智能装备有限公司', uscc: '91430381MA4L1234X9', industrySection: 'C', industryDivision: '38' },
    projectName: '智能装备产业园项目',
    parties: PARTIES,
    commitments: COMMITMENTS,
    incentives: grantIncentives(CHOICES, DEFAULT_INCENTIVES, COMMITMENTS),
  },
};

export const signed: AgreementEvent = {
  type: 'AgreementSigned',
  data: {
    agreementId: 'agreement-1',
    projectId: 'project-1',
    leadId: LEAD.leadId,
    parkId: 'park-east',
    projectName: '智能装备产业园项目',
    enterprise: { name: '湘乡智能装备有限公司', uscc: '91430381MA4L1234X9', industrySection: 'C', industryDivision: '38' },
    commitments: COMMITMENTS,
    signedOn: '2026-03-02',
    registrationDueOn: '2026-03-02',
    countedInvestment: 120_000_000,
  },
};

export const signCommand = (overrides: Partial<Extract<AgreementCommand, { type: 'SignAgreement' }>['data']> = {}): AgreementCommand => ({
  type: 'SignAgreement',
  data: { projectId: 'project-1', signedOn: '2026-03-02', today: '2026-03-02', leadQualified: true, ...overrides },
});
