import { LeadDisqualifiedV1, LeadQualifiedV1 } from '@ia/contracts';
import { LEAD_ID, registered, recorded } from './test-support/fixtures';
import { publishLeadEvent } from './publishing';

describe('what lead intake publishes', () => {
  it('publishes a qualification with the lead’s summary, keyed by the lead, valid against its contract', () => {
    const {
      contactPerson: _p,
      contactPhone: _c,
      notes: _n,
      sourceName: _s,
      normalisedName: _m,
      registeredAt: _r,
      ...summary
    } = registered.data;
    const outbound = publishLeadEvent(recorded('LeadQualified', { ...summary, qualifiedOn: '2026-03-04' }, { revision: 3 }));
    expect(outbound?.definition).toBe(LeadQualifiedV1);
    expect(outbound?.key).toBe(LEAD_ID);
    expect(LeadQualifiedV1.schema.parse(outbound?.data)).toMatchObject({
      leadId: LEAD_ID,
      companyName: '湖南星辰电气有限公司',
      expectedAnnualTax: 20_000_000,
      qualifiedOn: '2026-03-04',
    });
  });

  it('publishes a disqualification when a qualified lead leaves that status', () => {
    for (const [type, status] of [
      ['LeadPutOnHold', 'on_hold'],
      ['LeadDropped', 'dropped'],
      ['LeadRejected', 'rejected'],
      ['LeadReopened', 'open'],
    ] as const) {
      const outbound = publishLeadEvent(recorded(type, { from: 'qualified', reason: '企业暂停投资计划' }));
      expect(outbound).toEqual({
        definition: LeadDisqualifiedV1,
        key: LEAD_ID,
        data: { leadId: LEAD_ID, status, reason: '企业暂停投资计划' },
      });
    }
  });

  it('publishes nothing for status changes of leads that were not qualified, nor for other events', () => {
    expect(publishLeadEvent(recorded('LeadDropped', { from: 'open', reason: '放弃' }))).toBeUndefined();
    expect(publishLeadEvent(recorded('LeadRegistered', registered.data))).toBeUndefined();
    expect(
      publishLeadEvent(recorded('LeadSigned', { projectId: 'p', agreementId: 'a', signedOn: '2026-04-01', from: 'qualified' })),
    ).toBeUndefined();
  });
});
