import { deciderSpec } from '@ia/testing';
import { LEAD_ID, PARK_ID, USCC, policy, registered } from '../test-support/fixtures';
import type { ScreenLead } from './commands';
import { leadDecider } from './decider';
import type { LeadEvent } from './events';

const spec = deciderSpec(leadDecider);
const screen = (changes: Partial<ScreenLead['data']> = {}): ScreenLead => ({
  type: 'ScreenLead',
  data: {
    screeningId: 's-1',
    policy,
    decision: 'qualify',
    reason: '符合主导产业，投资强度达标',
    screenedAt: '2026-03-04T06:00:00.000Z',
    screenedOn: '2026-03-04',
    ...changes,
  },
});
const assigned: LeadEvent = { type: 'PromoterAssigned', data: { promoterId: 'alice' } };

describe('screening a lead against the park policy', () => {
  it('records every rule and qualifies with what was qualified', () => {
    spec
      .given([registered, assigned])
      .when(screen())
      .then([
        {
          type: 'LeadScreened',
          data: {
            screeningId: 's-1',
            policy: { parkId: PARK_ID, version: 2 },
            results: [
              { rule: 'wanted_industry', outcome: 'passed', actual: 'C38', required: 'C38,C35' },
              { rule: 'excluded_category', outcome: 'passed', actual: 'C38', required: 'not C25' },
              { rule: 'investment_intensity', outcome: 'passed', actual: 300, required: 250 },
              { rule: 'tax_per_mu', outcome: 'passed', actual: 20, required: 15 },
              { rule: 'minimum_jobs', outcome: 'passed', actual: 400, required: 100 },
            ],
            decision: 'qualify',
            reason: '符合主导产业，投资强度达标',
            screenedAt: '2026-03-04T06:00:00.000Z',
            screenedOn: '2026-03-04',
          },
        },
        {
          type: 'LeadQualified',
          data: {
            leadId: LEAD_ID,
            parkId: PARK_ID,
            companyName: '湖南星辰电气有限公司',
            uscc: USCC,
            industry: { section: 'C', division: '38' },
            source: 'promotion_event',
            intendedInvestment: 300_000_000,
            landDemandMu: 100,
            expectedJobs: 400,
            expectedAnnualOutput: 500_000_000,
            expectedAnnualTax: 20_000_000,
            product: '智能配电设备',
            promoterId: 'alice',
            qualifiedOn: '2026-03-04',
          },
        },
      ]);
  });

  it('lets the person reject or hold, with the reason, whatever the rules say', () => {
    const [, rejected] = spec
      .given([registered])
      .when(screen({ decision: 'reject', reason: '环保风险较高' }))
      .events();
    expect(rejected).toEqual({ type: 'LeadRejected', data: { from: 'open', reason: '环保风险较高' } });
    const [, held] = spec
      .given([registered])
      .when(screen({ decision: 'hold', reason: '待补充财务资料' }))
      .events();
    expect(held).toEqual({ type: 'LeadPutOnHold', data: { from: 'open', reason: '待补充财务资料' } });
  });

  it('records a failed rule and still qualifies when the person decides so', () => {
    const strict = { ...policy, rules: { ...policy.rules, minimumJobs: 500 } };
    const [screened, qualified] = spec
      .given([registered])
      .when(screen({ policy: strict, reason: '龙头企业，特事特办' }))
      .events();
    expect(screened?.type === 'LeadScreened' && screened.data.results[4]).toEqual({
      rule: 'minimum_jobs',
      outcome: 'failed',
      actual: 400,
      required: 500,
    });
    expect(qualified?.type).toBe('LeadQualified');
  });

  it('refuses to screen a lead that is not open', () => {
    spec
      .given([registered, { type: 'LeadPutOnHold', data: { from: 'open', reason: '暂缓' } }])
      .when(screen())
      .thenThrows('LEAD.NOT_OPEN');
    spec
      .given([registered, { type: 'LeadSigned', data: { projectId: 'p-1', agreementId: 'a-1', signedOn: '2026-04-01', from: 'open' } }])
      .when(screen())
      .thenThrows('LEAD.SIGNED');
  });

  it('refuses to screen without a park policy, or with another park’s', () => {
    const { policy: _policy, ...withoutPolicy } = screen().data;
    spec.given([registered]).when({ type: 'ScreenLead', data: withoutPolicy }).thenThrows('LEAD.PARK_POLICY_MISSING');
    spec
      .given([registered])
      .when(screen({ policy: { ...policy, parkId: 'lanzhou-qinchuan' } }))
      .thenThrows('LEAD.POLICY_OF_OTHER_PARK');
  });

  it('refuses a decision without a reason', () => {
    spec
      .given([registered])
      .when(screen({ reason: '   ' }))
      .thenThrows('LEAD.REASON_REQUIRED');
  });
});
