import { assertNever, canonicalJson, type Aggregate, type Decider } from '@ia/kernel';

/** A lead that lead intake qualified, as far as contract signing needs to know it. */
export interface QualifiedLead {
  readonly leadId: string;
  readonly parkId: string;
  readonly companyName: string;
  readonly uscc?: string;
  readonly industry: { readonly section: string; readonly division?: string };
  readonly qualifiedOn: string;
}

export type LeadQualificationCommand =
  | { readonly type: 'RecordLeadQualified'; readonly data: QualifiedLead }
  | {
      readonly type: 'WithdrawLeadQualification';
      readonly data: { readonly leadId: string; readonly status: string; readonly reason?: string };
    };

export type LeadQualificationEvent =
  | { readonly type: 'LeadQualificationRecorded'; readonly data: QualifiedLead }
  | {
      readonly type: 'LeadQualificationWithdrawn';
      readonly data: { readonly leadId: string; readonly status: string; readonly reason?: string };
    };

export type LeadQualificationState =
  | { readonly status: 'unknown' }
  | { readonly status: 'qualified'; readonly lead: QualifiedLead }
  | { readonly status: 'withdrawn'; readonly lead: QualifiedLead; readonly leadStatus: string };

/** Lead intake's word is final: what it says is recorded; only repeats of the same news are dropped. */
export const leadQualificationDecider: Decider<LeadQualificationCommand, LeadQualificationEvent, LeadQualificationState> = {
  initialState: { status: 'unknown' },
  decide(command, state) {
    switch (command.type) {
      case 'RecordLeadQualified':
        if (state.status === 'qualified' && canonicalJson(state.lead) === canonicalJson(command.data)) return [];
        return [{ type: 'LeadQualificationRecorded', data: command.data }];
      case 'WithdrawLeadQualification':
        if (state.status !== 'qualified') return [];
        return [{ type: 'LeadQualificationWithdrawn', data: command.data }];
      default:
        return assertNever(command);
    }
  },
  evolve(state, event) {
    switch (event.type) {
      case 'LeadQualificationRecorded':
        return { status: 'qualified', lead: event.data };
      case 'LeadQualificationWithdrawn':
        return state.status === 'unknown' ? state : { status: 'withdrawn', lead: state.lead, leadStatus: event.data.status };
      default:
        return assertNever(event);
    }
  },
};

export const leadQualificationAggregate: Aggregate<LeadQualificationCommand, LeadQualificationEvent, LeadQualificationState> = {
  decider: leadQualificationDecider,
  correlate: (state, event) => ({ leadId: state.status === 'unknown' ? event.data.leadId : state.lead.leadId }),
};

export function qualifiedLeadOf(state: LeadQualificationState): QualifiedLead | undefined {
  return state.status === 'qualified' ? state.lead : undefined;
}
