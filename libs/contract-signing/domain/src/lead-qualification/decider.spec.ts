import { deciderSpec } from '@ia/testing';
import { LEAD } from '../agreement/spec-fixtures';
import { leadQualificationAggregate, leadQualificationDecider, qualifiedLeadOf } from './decider';

const spec = deciderSpec(leadQualificationDecider);
const recorded = { type: 'LeadQualificationRecorded' as const, data: LEAD };
const withdrawn = { type: 'LeadQualificationWithdrawn' as const, data: { leadId: LEAD.leadId, status: 'dropped', reason: '企业放弃投资' } };

describe('what contract signing knows of a lead', () => {
  it('records a qualification from lead intake', () => {
    spec.given([]).when({ type: 'RecordLeadQualified', data: LEAD }).then([recorded]);
    expect(qualifiedLeadOf(spec.given([recorded]).state())).toEqual(LEAD);
  });

  it('drops a repeat of the same news but records changed details', () => {
    spec
      .given([recorded])
      .when({ type: 'RecordLeadQualified', data: { ...LEAD } })
      .then([]);
    const renamed = { ...LEAD, companyName: '湘乡智能装备股份有限公司' };
    spec
      .given([recorded])
      .when({ type: 'RecordLeadQualified', data: renamed })
      .then([{ type: 'LeadQualificationRecorded', data: renamed }]);
  });

  it('withdraws a qualification, so that the lead may no longer be drafted', () => {
    spec.given([recorded]).when({ type: 'WithdrawLeadQualification', data: withdrawn.data }).then([withdrawn]);
    expect(qualifiedLeadOf(spec.given([recorded, withdrawn]).state())).toBeUndefined();
  });

  it('ignores a withdrawal of a lead it never saw qualified', () => {
    spec.given([]).when({ type: 'WithdrawLeadQualification', data: withdrawn.data }).then([]);
    spec.given([recorded, withdrawn]).when({ type: 'WithdrawLeadQualification', data: withdrawn.data }).then([]);
  });

  it('qualifies again after a withdrawal', () => {
    spec.given([recorded, withdrawn]).when({ type: 'RecordLeadQualified', data: LEAD }).then([recorded]);
  });

  it('correlates every event with the lead', () => {
    expect(leadQualificationAggregate.correlate(spec.given([recorded]).state(), recorded)).toEqual({ leadId: LEAD.leadId });
    expect(leadQualificationAggregate.correlate({ status: 'unknown' }, withdrawn)).toEqual({ leadId: LEAD.leadId });
  });
});
