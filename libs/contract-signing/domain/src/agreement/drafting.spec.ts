import { deciderSpec } from '@ia/testing';
import { DEFAULT_INCENTIVES } from '../incentives/terms';
import { agreementDecider } from './decider';
import { COMMITMENTS, draftCommand, drafted, LEAD, signed } from './spec-fixtures';

const spec = deciderSpec(agreementDecider);

describe('drafting an agreement from a qualified lead', () => {
  it('records the enterprise from the lead and computes the chosen incentives', () => {
    spec.given([]).when(draftCommand()).then([drafted]);
    const [event] = spec.given([]).when(draftCommand()).events();
    const incentives = event?.type === 'AgreementDrafted' ? event.data.incentives : [];
    expect(incentives.map((incentive) => incentive.figures)).toEqual([
      expect.objectContaining({ kind: 'rent_waiver', annualRent: 720_000, totalWaived: 2_880_000 }),
      { kind: 'investment_reward', fixedAssetInvestment: 80_000_000, reward: 3_750_000 },
    ]);
  });

  it('keeps the approval package chosen in the draft', () => {
    const [event] = spec
      .given([])
      .when(draftCommand({ approvalPackage: 'industrial-standard-land' }))
      .events();
    expect(event?.data).toMatchObject({ approvalPackage: 'industrial-standard-land' });
  });

  it('refuses a lead that lead intake has not qualified', () => {
    spec
      .given([])
      .when(draftCommand({ lead: undefined }))
      .thenThrows('AGREEMENT.LEAD_NOT_QUALIFIED');
  });

  it('refuses a second agreement for a lead that signed one already', () => {
    const refusal = spec
      .given([])
      .when(draftCommand({ signedAgreementForLead: 'agreement-0' }))
      .thenThrows('AGREEMENT.ALREADY_SIGNED_FOR_LEAD');
    expect(refusal.extensions).toEqual({ leadId: LEAD.leadId, signedAgreementId: 'agreement-0' });
  });

  it('refuses an agreement id that exists already', () => {
    spec.given([drafted]).when(draftCommand()).thenThrows('AGREEMENT.ALREADY_EXISTS');
  });

  it('refuses fixed-asset investment above the total', () => {
    spec
      .given([])
      .when(draftCommand({ commitments: { ...COMMITMENTS, fixedAssetInvestment: 120_000_001 } }))
      .thenThrows('AGREEMENT.FIXED_ASSETS_EXCEED_TOTAL');
  });

  it('refuses an incentive the park does not offer, or offers no longer', () => {
    spec
      .given([])
      .when(draftCommand({ incentives: [{ code: 'golden-handshake' }] }))
      .thenThrows('AGREEMENT.INCENTIVE_NOT_IN_CATALOG');
    spec
      .given([])
      .when(draftCommand({ catalog: DEFAULT_INCENTIVES.slice(1) }))
      .thenThrows('AGREEMENT.INCENTIVE_NOT_IN_CATALOG');
  });

  it('refuses the same incentive twice', () => {
    spec
      .given([])
      .when(draftCommand({ incentives: [{ code: 'free-premises' }, { code: 'free-premises' }] }))
      .thenThrows('AGREEMENT.INCENTIVE_CHOSEN_TWICE');
  });

  it('refuses a rent waiver without the factory area it is computed from', () => {
    spec
      .given([])
      .when(draftCommand({ incentives: [{ code: 'three-free-two-half' }] }))
      .thenThrows('AGREEMENT.FACTORY_AREA_REQUIRED');
  });
});

describe('amending a draft', () => {
  const amend = (data: object) => ({ type: 'AmendAgreement' as const, data: { catalog: DEFAULT_INCENTIVES, ...data } });

  it('restates the terms and recomputes the incentives from the new commitments', () => {
    const commitments = { ...COMMITMENTS, fixedAssetInvestment: 45_000_000 };
    const [event] = spec.given([drafted]).when(amend({ commitments })).events();
    expect(event?.type).toBe('AgreementAmended');
    expect(event?.data).toMatchObject({ projectName: '智能装备产业园项目', commitments });
    const incentives = event?.type === 'AgreementAmended' ? event.data.incentives : [];
    expect(incentives[1]?.figures).toEqual({ kind: 'investment_reward', fixedAssetInvestment: 45_000_000, reward: 2_000_000 });
  });

  it('replaces the chosen incentives', () => {
    const [event] = spec
      .given([drafted])
      .when(amend({ incentives: [{ code: 'free-premises' }] }))
      .events();
    const incentives = event?.type === 'AgreementAmended' ? event.data.incentives : [];
    expect(incentives.map((incentive) => incentive.code)).toEqual(['free-premises']);
  });

  it('records nothing when nothing changes', () => {
    spec
      .given([drafted])
      .when(amend({ projectName: '智能装备产业园项目', commitments: { ...COMMITMENTS } }))
      .then([]);
  });

  it('applies the same rules as drafting', () => {
    spec
      .given([drafted])
      .when(amend({ commitments: { ...COMMITMENTS, totalInvestment: 1 } }))
      .thenThrows('AGREEMENT.FIXED_ASSETS_EXCEED_TOTAL');
    spec
      .given([drafted])
      .when(amend({ catalog: [] }))
      .thenThrows('AGREEMENT.INCENTIVE_NOT_IN_CATALOG');
  });

  it('refuses an agreement that does not exist, is signed, or is terminated', () => {
    spec
      .given([])
      .when(amend({ projectName: '新名称' }))
      .thenThrows('AGREEMENT.NOT_FOUND');
    spec
      .given([drafted, signed])
      .when(amend({ projectName: '新名称' }))
      .thenThrows('AGREEMENT.NOT_DRAFT');
    const terminated = {
      type: 'AgreementTerminated' as const,
      data: { agreementId: 'agreement-1', terminatedOn: '2026-03-01', reason: '企业放弃' },
    };
    spec
      .given([drafted, terminated])
      .when(amend({ projectName: '新名称' }))
      .thenThrows('AGREEMENT.TERMINATED');
  });
});
