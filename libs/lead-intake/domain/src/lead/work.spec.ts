import { deciderSpec } from '@ia/testing';
import { registered } from '../test-support/fixtures';
import { leadDecider } from './decider';
import type { LeadEvent } from './events';
import type { RecordFollowUp, RecordSiteVisit } from './commands';

const spec = deciderSpec(leadDecider);
const followUp: RecordFollowUp = {
  type: 'RecordFollowUp',
  data: {
    followUpId: 'f-1',
    channel: 'phone',
    summary: '电话沟通用地需求',
    nextStep: '安排实地考察',
    nextStepOn: '2026-03-05',
    followedUpAt: '2026-03-02T03:00:00.000Z',
  },
};
const visit: RecordSiteVisit = {
  type: 'RecordSiteVisit',
  data: { visitId: 'v-1', visitedOn: '2026-03-04', visitors: ['李明', '王总'], summary: '考察标准厂房及配套' },
};
const dropped: LeadEvent = { type: 'LeadDropped', data: { from: 'open', reason: '企业转投他处' } };
const signed: LeadEvent = { type: 'LeadSigned', data: { projectId: 'p-1', agreementId: 'a-1', signedOn: '2026-04-01', from: 'qualified' } };

describe('working a lead', () => {
  it('assigns a promoter, then reassigns naming the previous one', () => {
    spec
      .given([registered])
      .when({ type: 'AssignPromoter', data: { promoterId: 'alice' } })
      .then([{ type: 'PromoterAssigned', data: { promoterId: 'alice' } }]);
    spec
      .given([registered, { type: 'PromoterAssigned', data: { promoterId: 'alice' } }])
      .when({ type: 'AssignPromoter', data: { promoterId: 'bob' } })
      .then([{ type: 'PromoterAssigned', data: { promoterId: 'bob', previousPromoterId: 'alice' } }]);
  });

  it('does nothing when the promoter is assigned already', () => {
    spec
      .given([registered, { type: 'PromoterAssigned', data: { promoterId: 'alice' } }])
      .when({ type: 'AssignPromoter', data: { promoterId: 'alice' } })
      .then([]);
  });

  it('records follow-ups and site visits, also on a lead on hold', () => {
    spec
      .given([registered])
      .when(followUp)
      .then([{ type: 'FollowUpRecorded', data: followUp.data }]);
    spec
      .given([registered, { type: 'LeadPutOnHold', data: { from: 'open', reason: '等待企业董事会决策' } }])
      .when(visit)
      .then([{ type: 'SiteVisitRecorded', data: visit.data }]);
  });

  it('refuses work on a dropped or rejected lead', () => {
    const error = spec.given([registered, dropped]).when(followUp).thenThrows('LEAD.CLOSED');
    expect(error.extensions).toEqual({ status: 'dropped' });
    spec
      .given([registered, { type: 'LeadRejected', data: { from: 'open', reason: '不符合产业定位' } }])
      .when(visit)
      .thenThrows('LEAD.CLOSED');
    spec
      .given([registered, dropped])
      .when({ type: 'AssignPromoter', data: { promoterId: 'bob' } })
      .thenThrows('LEAD.CLOSED');
  });

  it('refuses work on a signed lead', () => {
    spec.given([registered, signed]).when(followUp).thenThrows('LEAD.SIGNED');
    spec
      .given([registered, signed])
      .when({ type: 'AssignPromoter', data: { promoterId: 'bob' } })
      .thenThrows('LEAD.SIGNED');
  });
});
