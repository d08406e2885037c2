import { BUILT_AND_PRODUCING, PROJECT, SIGNED_AND_REGISTERED } from '../test-support/facts';
import { foldProjectState } from './fold-state';

describe('a project folded from every service’s facts', () => {
  it('is a lead until the agreement is signed, then signed, then in approvals once an item beyond registration is worked on', () => {
    expect(foldProjectState(PROJECT, SIGNED_AND_REGISTERED.slice(0, 2))).toMatchObject({
      stage: 'lead',
      lead: { companyName: '湖南星辰电气有限公司', source: 'promotion_event', qualifiedOn: '2026-02-10' },
    });
    expect(foldProjectState(PROJECT, SIGNED_AND_REGISTERED.slice(0, 9)).stage).toBe('signed');
    expect(foldProjectState(PROJECT, SIGNED_AND_REGISTERED).stage).toBe('approvals');
  });

  it('keeps the signed commitments and each approval with its status, dates, limit and deficiencies', () => {
    const state = foldProjectState(PROJECT, SIGNED_AND_REGISTERED);
    expect(state.project).toEqual({
      agreementId: 'agreement-1',
      parkId: 'xiangxiang-edz',
      projectName: '年产5万台智能配电设备项目',
      signedOn: '2026-03-02',
      enterpriseName: '湖南星辰电气有限公司',
      industry: 'C38',
    });
    expect(state.commitments).toMatchObject({ totalInvestment: 300_000_000, jobs: 400, taxPerMu: 150_000 });
    expect(state.approvals.map((item) => [item.code, item.status])).toEqual([
      ['business_registration', 'granted'],
      ['tax_registration', 'granted'],
      ['project_filing', 'granted'],
      ['land_use_planning_permit', 'opened'],
    ]);
    expect(state.approvals[2]).toMatchObject({
      agentId: 'agent-wang',
      acceptance: 'tolerated_deficiency',
      acceptedOn: '2026-03-03',
      grantedOn: '2026-03-06',
      limitDays: 0,
      deficiencies: [{ materialCode: 'investment_agreement', promisedOn: '2026-03-05', suppliedOn: '2026-03-06' }],
    });
  });

  it('follows the land, the start of work, the milestones and production up to above-scale entry', () => {
    const state = foldProjectState(PROJECT, BUILT_AND_PRODUCING);
    expect(state.stage).toBe('above_scale');
    expect(state.land).toEqual({
      parcelId: '0193a1f0-0000-7000-8000-0000000000bb',
      allocatedOn: '2026-03-20',
      deliveredOn: '2026-04-15',
      parcelCode: 'XX-2026-07',
      areaSquareMetres: 66_666.67,
      confirmationNumber: '湘经开交〔2026〕007号',
      certificate: { grantedOn: '2026-04-15', number: '湘(2026)湘乡市不动产权第0001234号' },
    });
    expect(state.construction).toMatchObject({
      landDeliveredOn: '2026-04-15',
      constructionPermitOn: '2026-04-15',
      startedOn: '2026-04-15',
      completedOn: '2026-10-20',
      openProblems: 0,
      resolvedProblems: 1,
      milestones: [{ milestone: 'main_structure_topped_out', reachedOn: '2026-08-11' }],
    });
    expect(state.production).toMatchObject({
      stage: 'full_production',
      trialProductionOn: '2026-11-02',
      fullProductionOn: '2027-01-04',
      trailingRevenue: 24_000_000,
      aboveScale: { enteredOn: '2027-04-08', trailingRevenue: 24_000_000, threshold: 20_000_000 },
    });
  });

  it('stops at the stage reached before the day asked about, and ends at termination', () => {
    const beforeCompletion = BUILT_AND_PRODUCING.filter(
      (fact) =>
        !['ConstructionCompleted', 'TrialProductionStarted', 'FullProductionStarted', 'MonthReported', 'StatisticsEntered'].includes(
          fact.type,
        ),
    );
    expect(foldProjectState(PROJECT, beforeCompletion).stage).toBe('under_construction');
    const terminated = [
      ...SIGNED_AND_REGISTERED,
      {
        streamName: 'agreement-1',
        type: 'AgreementTerminated',
        data: { agreementId: 'agreement-1', terminatedOn: '2026-05-01', reason: '企业资金链断裂' },
      },
    ];
    expect(foldProjectState(PROJECT, terminated)).toMatchObject({
      stage: 'terminated',
      terminated: { terminatedOn: '2026-05-01', reason: '企业资金链断裂' },
    });
  });

  it('ignores facts it does not know and data it cannot read', () => {
    const noisy = [
      ...SIGNED_AND_REGISTERED,
      { streamName: 'x-1', type: 'ProjectHistoryViewed', data: {} },
      { streamName: 'approval-filing', type: 'ItemSubmitted', data: null },
    ];
    expect(foldProjectState(PROJECT, noisy).approvals[2]?.status).toBe('submitted');
    expect(foldProjectState(PROJECT, noisy).stage).toBe('approvals');
  });
});
