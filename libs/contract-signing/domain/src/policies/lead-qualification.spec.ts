import { LeadDisqualifiedV1, LeadQualifiedV1 } from '@ia/contracts';
import { whenLeadDisqualified, whenLeadQualified } from './lead-qualification';

describe('reacting to lead intake', () => {
  it('remembers what drafting needs of a qualified lead', () => {
    const message = LeadQualifiedV1.schema.parse({
      leadId: 'lead-1',
      parkId: 'park-east',
      companyName: '湘乡智能装备有限公司',
      industry: { section: 'C' },
      source: 'promotion_event',
      intendedInvestment: 120_000_000,
      landDemandMu: 50,
      expectedJobs: 200,
      qualifiedOn: '2026-02-20',
    });
    expect(whenLeadQualified(message)).toEqual({
      type: 'RecordLeadQualified',
      data: {
        leadId: 'lead-1',
        parkId: 'park-east',
        companyName: '湘乡智能装备有限公司',
        industry: { section: 'C' },
        qualifiedOn: '2026-02-20',
      },
    });
  });

  it('withdraws a lead that went back', () => {
    const message = LeadDisqualifiedV1.schema.parse({ leadId: 'lead-1', status: 'on_hold', reason: '企业暂缓投资' });
    expect(whenLeadDisqualified(message)).toEqual({
      type: 'WithdrawLeadQualification',
      data: { leadId: 'lead-1', status: 'on_hold', reason: '企业暂缓投资' },
    });
  });
});
