import { deciderSpec } from '@ia/testing';
import { refigureIncentives } from '../incentives/grant';
import { agreementAggregate, agreementDecider } from './decider';
import type { AgreementEvent } from './events';
import { COMMITMENTS, drafted, LEAD, signCommand, signed } from './spec-fixtures';

const spec = deciderSpec(agreementDecider);
const supplement = (
  data: Partial<{
    supplementId: string;
    signedOn: string;
    today: string;
    summary: string;
    totalInvestment: number;
    fixedAssetInvestment: number;
  }> = {},
) => ({
  type: 'SupplementAgreement' as const,
  data: {
    supplementId: data.supplementId ?? 'supplement-1',
    signedOn: data.signedOn ?? '2026-09-01',
    today: data.today ?? '2026-09-01',
    summary: data.summary ?? '增资扩产：新增一条生产线',
    commitments: {
      ...COMMITMENTS,
      totalInvestment: data.totalInvestment ?? 150_000_000,
      fixedAssetInvestment: data.fixedAssetInvestment ?? 110_000_000,
    },
  },
});
const terminate = (terminatedOn = '2026-10-08', today = '2026-10-08') => ({
  type: 'TerminateAgreement' as const,
  data: { terminatedOn, today, reason: '企业资金链断裂，双方协商解约' },
});
const supplemented = (countedIncrement: number, totalInvestment: number): AgreementEvent => {
  const { today: _today, ...data } = supplement({ totalInvestment }).data;
  const incentives = drafted.type === 'AgreementDrafted' ? refigureIncentives(drafted.data.incentives, data.commitments) : [];
  return {
    type: 'AgreementSupplemented',
    data: { ...data, agreementId: 'agreement-1', projectId: 'project-1', incentives, countedIncrement },
  };
};

describe('signing an agreement (签约即注册)', () => {
  it('creates the project, due for registration on the signing day, counting the total investment', () => {
    spec.given([drafted]).when(signCommand()).then([signed]);
  });

  it('takes the approval package from the signing, or else from the draft', () => {
    expect(
      spec
        .given([drafted])
        .when(signCommand({ approvalPackage: 'one-thing-industrial' }))
        .events()[0]?.data,
    ).toMatchObject({ approvalPackage: 'one-thing-industrial' });
    const withPackage = { ...drafted, data: { ...drafted.data, approvalPackage: 'from-draft' } } as AgreementEvent;
    expect(spec.given([withPackage]).when(signCommand()).events()[0]?.data).toMatchObject({ approvalPackage: 'from-draft' });
  });

  it('names the lead and, once signed, the project in every event', () => {
    const state = spec.given([drafted, signed]).state();
    expect(agreementAggregate.correlate(state, signed)).toEqual({ leadId: LEAD.leadId, projectId: 'project-1' });
    expect(agreementAggregate.correlate(spec.given([drafted]).state(), drafted)).toEqual({ leadId: LEAD.leadId });
  });

  it('refuses a lead disqualified since the draft', () => {
    spec
      .given([drafted])
      .when(signCommand({ leadQualified: false }))
      .thenThrows('AGREEMENT.LEAD_NOT_QUALIFIED');
  });

  it('refuses a signing day after today', () => {
    spec
      .given([drafted])
      .when(signCommand({ signedOn: '2026-03-03' }))
      .thenThrows('AGREEMENT.DATE_IN_FUTURE');
  });

  it('refuses to sign twice, to sign what does not exist or was terminated', () => {
    spec.given([drafted, signed]).when(signCommand()).thenThrows('AGREEMENT.NOT_DRAFT');
    spec.given([]).when(signCommand()).thenThrows('AGREEMENT.NOT_FOUND');
    spec
      .given([drafted, { type: 'AgreementTerminated', data: { agreementId: 'agreement-1', terminatedOn: '2026-03-01', reason: '放弃' } }])
      .when(signCommand())
      .thenThrows('AGREEMENT.TERMINATED');
  });
});

describe('supplementary agreements (补充协议)', () => {
  it('counts only the increment of a capital increase', () => {
    spec
      .given([drafted, signed])
      .when(supplement())
      .then([supplemented(30_000_000, 150_000_000)]);
  });

  it('recomputes the incentive figures on the signed terms', () => {
    const [event] = spec
      .given([drafted, signed])
      .when(supplement({ fixedAssetInvestment: 110_000_000 }))
      .events();
    const incentives = event?.type === 'AgreementSupplemented' ? event.data.incentives : [];
    expect(incentives[1]?.figures).toEqual({ kind: 'investment_reward', fixedAssetInvestment: 110_000_000, reward: 5_000_000 });
  });

  it('counts nothing for a reduction, and only what exceeds the most ever counted afterwards', () => {
    const reduced = supplemented(0, 100_000_000);
    expect(
      spec
        .given([drafted, signed])
        .when(supplement({ totalInvestment: 100_000_000, fixedAssetInvestment: 60_000_000 }))
        .events()[0]?.data,
    ).toMatchObject({ countedIncrement: 0 });
    const [again] = spec
      .given([drafted, signed, reduced])
      .when(supplement({ supplementId: 'supplement-2', totalInvestment: 130_000_000 }))
      .events();
    expect(again?.data).toMatchObject({ countedIncrement: 10_000_000 });
    const state = spec.given([drafted, signed, reduced, supplemented(10_000_000, 130_000_000)]).state();
    expect(state).toMatchObject({
      countedInvestment: 130_000_000,
      supplements: [{ countedIncrement: 0 }, { countedIncrement: 10_000_000 }],
    });
  });

  it('refuses a draft, an unknown or a terminated agreement', () => {
    spec.given([drafted]).when(supplement()).thenThrows('AGREEMENT.NOT_SIGNED');
    spec.given([]).when(supplement()).thenThrows('AGREEMENT.NOT_FOUND');
    spec
      .given([
        drafted,
        signed,
        {
          type: 'AgreementTerminated',
          data: { agreementId: 'agreement-1', projectId: 'project-1', terminatedOn: '2026-05-01', reason: '解约' },
        },
      ])
      .when(supplement())
      .thenThrows('AGREEMENT.TERMINATED');
  });

  it('refuses a date before the signing or after today, and fixed assets above the total', () => {
    spec
      .given([drafted, signed])
      .when(supplement({ signedOn: '2026-03-01' }))
      .thenThrows('AGREEMENT.DATE_BEFORE_SIGNING');
    spec
      .given([drafted, signed])
      .when(supplement({ signedOn: '2026-09-02' }))
      .thenThrows('AGREEMENT.DATE_IN_FUTURE');
    spec
      .given([drafted, signed])
      .when(supplement({ fixedAssetInvestment: 150_000_001 }))
      .thenThrows('AGREEMENT.FIXED_ASSETS_EXCEED_TOTAL');
  });
});

describe('terminating an agreement (解约)', () => {
  it('terminates a signed project with its reason and keeps its history', () => {
    spec
      .given([drafted, signed])
      .when(terminate())
      .then([
        {
          type: 'AgreementTerminated',
          data: { agreementId: 'agreement-1', projectId: 'project-1', terminatedOn: '2026-10-08', reason: '企业资金链断裂，双方协商解约' },
        },
      ]);
    const state = spec.given([drafted, signed, ...spec.given([drafted, signed]).when(terminate()).events()]).state();
    expect(state).toMatchObject({
      status: 'terminated',
      signing: { projectId: 'project-1', signedOn: '2026-03-02' },
      countedInvestment: 120_000_000,
    });
  });

  it('abandons a draft, which has no project', () => {
    spec
      .given([drafted])
      .when(terminate())
      .then([
        {
          type: 'AgreementTerminated',
          data: { agreementId: 'agreement-1', terminatedOn: '2026-10-08', reason: '企业资金链断裂，双方协商解约' },
        },
      ]);
  });

  it('refuses a date before the signing or after today', () => {
    spec.given([drafted, signed]).when(terminate('2026-03-01')).thenThrows('AGREEMENT.DATE_BEFORE_SIGNING');
    spec.given([drafted, signed]).when(terminate('2026-10-09')).thenThrows('AGREEMENT.DATE_IN_FUTURE');
  });

  it('refuses twice, or an agreement that does not exist', () => {
    const terminated = spec.given([drafted]).when(terminate()).events();
    spec
      .given([drafted, ...terminated])
      .when(terminate())
      .thenThrows('AGREEMENT.TERMINATED');
    spec.given([]).when(terminate()).thenThrows('AGREEMENT.NOT_FOUND');
  });
});
