import {
  LeadDisqualifiedV1,
  LeadFollowedUpV1,
  LeadQualifiedV1,
  LeadRegisteredV1,
  LeadScreenedV1,
  LeadStatusChangedV1,
} from '@ia/contracts';
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

  it('publishes other status changes as such, and a signing even from qualified', () => {
    const dropped = publishLeadEvent(recorded('LeadDropped', { from: 'open', reason: '放弃' }));
    expect(dropped).toEqual({ definition: LeadStatusChangedV1, key: LEAD_ID, data: { leadId: LEAD_ID, from: 'open', to: 'dropped' } });
    const signed = publishLeadEvent(
      recorded('LeadSigned', { projectId: 'p', agreementId: 'a', signedOn: '2026-04-01', from: 'qualified' }),
    );
    expect(signed?.definition).toBe(LeadStatusChangedV1);
    expect(LeadStatusChangedV1.schema.parse(signed?.data)).toEqual({ leadId: LEAD_ID, from: 'qualified', to: 'signed' });
  });

  it('publishes the facts a lead’s timeliness runs on, without its contact', () => {
    const logged = publishLeadEvent(recorded('LeadRegistered', registered.data));
    expect(logged?.definition).toBe(LeadRegisteredV1);
    // Registered at 10:00 in Beijing on 2 March: that is the business date its clocks start from.
    expect(LeadRegisteredV1.schema.parse(logged?.data)).toEqual({
      leadId: LEAD_ID,
      parkId: registered.data.parkId,
      companyName: '湖南星辰电气有限公司',
      registeredOn: '2026-03-02',
    });
    expect(JSON.stringify(logged?.data)).not.toContain(registered.data.contactPhone);
    expect(publishLeadEvent(recorded('PromoterAssigned', { promoterId: 'alice' }))?.data).toEqual({ leadId: LEAD_ID, promoterId: 'alice' });
    const call = publishLeadEvent(
      recorded('FollowUpRecorded', { followUpId: 'f', channel: 'phone', summary: '电话', followedUpAt: '2026-03-02T17:00:00.000Z' }),
    );
    expect(call).toMatchObject({ definition: LeadFollowedUpV1, data: { followedUpOn: '2026-03-03', how: 'follow_up' } });
    const visit = publishLeadEvent(recorded('SiteVisitRecorded', { visitId: 'v', visitedOn: '2026-03-04', visitors: [], summary: '考察' }));
    expect(visit).toMatchObject({ definition: LeadFollowedUpV1, data: { followedUpOn: '2026-03-04', how: 'site_visit' } });
    const screened = publishLeadEvent(
      recorded('LeadScreened', { screeningId: 's', decision: 'hold', screenedOn: '2026-03-05', results: [], reason: 'r', screenedAt: 'x' }),
    );
    expect(LeadScreenedV1.schema.parse(screened?.data)).toEqual({ leadId: LEAD_ID, screenedOn: '2026-03-05', decision: 'hold' });
  });
});
