import { assertNever, type Aggregate, type Decider } from '@ia/kernel';
import { LeadErrors } from '../errors';
import type { LeadCommand } from './commands';
import type { LeadEvent } from './events';
import { assertWorkable, requireReason } from './guards';
import { registerLead } from './registration';
import { screenLead } from './screening';
import { evolveLead, initialLeadState, type LeadState } from './state';

export function decideLead(command: LeadCommand, state: LeadState): LeadEvent[] {
  if (command.type === 'RegisterLead') {
    if (state.registered) throw LeadErrors.alreadyRegistered();
    const { promoterId } = command.data;
    return [registerLead(command.data), ...(promoterId !== undefined ? [{ type: 'PromoterAssigned', data: { promoterId } } as const] : [])];
  }
  if (!state.registered) throw LeadErrors.notFound();
  switch (command.type) {
    case 'AssignPromoter':
      assertWorkable(state);
      if (state.promoterId === command.data.promoterId) return [];
      return [
        {
          type: 'PromoterAssigned',
          data: { promoterId: command.data.promoterId, ...(state.promoterId !== undefined && { previousPromoterId: state.promoterId }) },
        },
      ];
    case 'RecordFollowUp':
      assertWorkable(state);
      return [{ type: 'FollowUpRecorded', data: command.data }];
    case 'RecordSiteVisit':
      assertWorkable(state);
      return [{ type: 'SiteVisitRecorded', data: command.data }];
    case 'ScreenLead':
      return screenLead(command.data, state);
    case 'PutLeadOnHold':
      assertWorkable(state);
      if (state.status === 'on_hold') return [];
      return [{ type: 'LeadPutOnHold', data: { from: state.status, reason: requireReason(command.data.reason) } }];
    case 'DropLead':
      if (state.status === 'dropped') return [];
      assertWorkable(state);
      return [{ type: 'LeadDropped', data: { from: state.status, reason: requireReason(command.data.reason) } }];
    case 'ReopenLead':
      if (state.status === 'signed') throw LeadErrors.signed();
      if (state.status === 'open') throw LeadErrors.alreadyOpen();
      return [{ type: 'LeadReopened', data: { from: state.status, reason: requireReason(command.data.reason) } }];
    case 'MarkLeadSigned':
      if (state.status === 'signed') {
        if (state.projectId === command.data.projectId) return [];
        throw LeadErrors.alreadySigned(state.projectId ?? '');
      }
      // Signing is a fact that already happened elsewhere: it is recorded whatever the lead's status.
      return [{ type: 'LeadSigned', data: { ...command.data, from: state.status } }];
    case 'ErasePersonalData':
      // Honoured whatever the lead's status; a second request changes nothing.
      if (state.personalDataErased) return [];
      return [{ type: 'PersonalDataErased', data: { subject: command.data.subject, fields: ['contactPerson', 'contactPhone'] } }];
    default:
      return assertNever(command);
  }
}

export const leadDecider: Decider<LeadCommand, LeadEvent, LeadState> = {
  initialState: initialLeadState,
  decide: decideLead,
  evolve: evolveLead,
};

export const leadAggregate: Aggregate<LeadCommand, LeadEvent, LeadState> = {
  decider: leadDecider,
  correlate: (state) =>
    state.registered ? { leadId: state.leadId, ...(state.projectId !== undefined && { projectId: state.projectId }) } : {},
};

export const LEAD_CATEGORY = 'lead';
