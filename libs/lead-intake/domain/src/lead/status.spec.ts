import { deciderSpec } from '@ia/testing';
import { LEAD_ID, registered } from '../test-support/fixtures';
import { leadAggregate, leadDecider } from './decider';
import type { LeadEvent } from './events';

const spec = deciderSpec(leadDecider);
const qualified: LeadEvent = { type: 'LeadQualified', data: { ...registered.data, qualifiedOn: '2026-03-04' } };
const signed: LeadEvent = { type: 'LeadSigned', data: { projectId: 'p-1', agreementId: 'a-1', signedOn: '2026-04-01', from: 'qualified' } };
const onHold: LeadEvent = { type: 'LeadPutOnHold', data: { from: 'open', reason: '等待董事会' } };
const dropped: LeadEvent = { type: 'LeadDropped', data: { from: 'open', reason: '企业转投他处' } };
const rejected: LeadEvent = { type: 'LeadRejected', data: { from: 'open', reason: '不符合产业定位' } };

describe('the status of a lead', () => {
  it('puts an open or qualified lead on hold, saying where it came from', () => {
    spec
      .given([registered, qualified])
      .when({ type: 'PutLeadOnHold', data: { reason: ' 企业资金未落实 ' } })
      .then([{ type: 'LeadPutOnHold', data: { from: 'qualified', reason: '企业资金未落实' } }]);
    spec
      .given([registered, onHold])
      .when({ type: 'PutLeadOnHold', data: { reason: '再次暂缓' } })
      .then([]);
  });

  it('drops a lead with the reason, once', () => {
    spec
      .given([registered, onHold])
      .when({ type: 'DropLead', data: { reason: '企业转投他处' } })
      .then([{ type: 'LeadDropped', data: { from: 'on_hold', reason: '企业转投他处' } }]);
    spec
      .given([registered, dropped])
      .when({ type: 'DropLead', data: { reason: '重复' } })
      .then([]);
    spec
      .given([registered, rejected])
      .when({ type: 'DropLead', data: { reason: '重复' } })
      .thenThrows('LEAD.CLOSED');
    spec
      .given([registered])
      .when({ type: 'DropLead', data: { reason: '' } })
      .thenThrows('LEAD.REASON_REQUIRED');
  });

  it('reopens a dropped, rejected, held or qualified lead', () => {
    for (const [event, from] of [
      [dropped, 'dropped'],
      [rejected, 'rejected'],
      [onHold, 'on_hold'],
      [qualified, 'qualified'],
    ] as const) {
      spec
        .given([registered, event])
        .when({ type: 'ReopenLead', data: { reason: '企业重新表达意向' } })
        .then([{ type: 'LeadReopened', data: { from, reason: '企业重新表达意向' } }]);
    }
  });

  it('refuses to reopen an open or a signed lead', () => {
    spec
      .given([registered])
      .when({ type: 'ReopenLead', data: { reason: '重新跟进' } })
      .thenThrows('LEAD.ALREADY_OPEN');
    spec
      .given([registered, signed])
      .when({ type: 'ReopenLead', data: { reason: '重新跟进' } })
      .thenThrows('LEAD.SIGNED');
    spec
      .given([registered, signed])
      .when({ type: 'PutLeadOnHold', data: { reason: '暂缓' } })
      .thenThrows('LEAD.SIGNED');
  });

  it('marks a lead signed when its project is signed, once per project', () => {
    const mark = { type: 'MarkLeadSigned', data: { projectId: 'p-1', agreementId: 'a-1', signedOn: '2026-04-01' } } as const;
    spec.given([registered, qualified]).when(mark).then([signed]);
    spec.given([registered, qualified, signed]).when(mark).then([]);
    const error = spec
      .given([registered, qualified, signed])
      .when({ ...mark, data: { ...mark.data, projectId: 'p-2' } })
      .thenThrows('LEAD.ALREADY_SIGNED');
    expect(error.extensions).toEqual({ projectId: 'p-1' });
  });

  it('correlates every event with the lead, and with the project once signed', () => {
    const before = spec.given([registered, qualified]).state();
    expect(leadAggregate.correlate(before, qualified)).toEqual({ leadId: LEAD_ID });
    const after = spec.given([registered, qualified, signed]).state();
    expect(leadAggregate.correlate(after, signed)).toEqual({ leadId: LEAD_ID, projectId: 'p-1' });
  });
});
