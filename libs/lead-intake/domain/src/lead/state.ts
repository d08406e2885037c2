import { assertNever } from '@ia/kernel';
import type { LeadEvent, LeadRegistered } from './events';
import type { LeadStatus } from './values';

export type RegisteredLead = LeadRegistered['data'] & {
  readonly status: LeadStatus;
  readonly promoterId?: string;
  readonly projectId?: string;
  readonly personalDataErased?: boolean;
};

export type LeadState = { readonly registered: false } | ({ readonly registered: true } & RegisteredLead);

export const initialLeadState: LeadState = { registered: false };

export function evolveLead(state: LeadState, event: LeadEvent): LeadState {
  if (event.type === 'LeadRegistered') return { registered: true, ...event.data, status: 'open' };
  if (!state.registered) return state;
  switch (event.type) {
    case 'PromoterAssigned':
      return { ...state, promoterId: event.data.promoterId };
    case 'FollowUpRecorded':
    case 'SiteVisitRecorded':
    case 'LeadScreened':
      return state;
    case 'LeadQualified':
      return { ...state, status: 'qualified' };
    case 'LeadRejected':
      return { ...state, status: 'rejected' };
    case 'LeadPutOnHold':
      return { ...state, status: 'on_hold' };
    case 'LeadDropped':
      return { ...state, status: 'dropped' };
    case 'LeadReopened':
      return { ...state, status: 'open' };
    case 'LeadSigned':
      return { ...state, status: 'signed', projectId: event.data.projectId };
    case 'PersonalDataErased':
      return { ...state, personalDataErased: true };
    default:
      return assertNever(event);
  }
}
