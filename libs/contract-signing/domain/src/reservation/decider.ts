import { assertNever, type Aggregate, type Decider } from '@ia/kernel';
import { agreementErrors } from '../errors';

/**
 * No double counting (不重复统计): one lead, and one enterprise, signs one agreement. The reservation
 * is a stream per lead (and per USCC); the store appends to it only at the revision the decision was
 * made on, so of two agreements signing at once exactly one holds it and the other is refused.
 */
export type ReservationSubject =
  { readonly kind: 'lead'; readonly leadId: string } | { readonly kind: 'enterprise'; readonly uscc: string; readonly leadId: string };

export type ReservationCommand =
  | {
      readonly type: 'ReserveSigning';
      readonly data: {
        readonly agreementId: string;
        readonly subject: ReservationSubject;
        /** Set by the edge from the holder's own stream: a terminated agreement no longer counts. */
        readonly holderTerminated: boolean;
      };
    }
  | { readonly type: 'ReleaseSigning'; readonly data: { readonly agreementId: string } };

export type ReservationEvent =
  | {
      readonly type: 'SigningReserved';
      readonly data: { readonly agreementId: string; readonly subject: ReservationSubject; readonly replacing?: string };
    }
  | { readonly type: 'SigningReleased'; readonly data: { readonly agreementId: string } };

export type ReservationState = { readonly holder?: string; readonly subject?: ReservationSubject };

export const reservationDecider: Decider<ReservationCommand, ReservationEvent, ReservationState> = {
  initialState: {},
  decide(command, state) {
    switch (command.type) {
      case 'ReserveSigning': {
        const { agreementId, subject, holderTerminated } = command.data;
        if (state.holder === agreementId) return [];
        if (state.holder === undefined) return [{ type: 'SigningReserved', data: { agreementId, subject } }];
        if (holderTerminated) return [{ type: 'SigningReserved', data: { agreementId, subject, replacing: state.holder } }];
        throw subject.kind === 'lead'
          ? agreementErrors.alreadySignedForLead(subject.leadId, state.holder)
          : agreementErrors.alreadySignedForEnterprise(subject.uscc, state.holder);
      }
      case 'ReleaseSigning':
        return state.holder === command.data.agreementId ? [{ type: 'SigningReleased', data: command.data }] : [];
      default:
        return assertNever(command);
    }
  },
  evolve(state, event) {
    switch (event.type) {
      case 'SigningReserved':
        return { holder: event.data.agreementId, subject: event.data.subject };
      case 'SigningReleased':
        return state.subject ? { subject: state.subject } : {};
      default:
        return assertNever(event);
    }
  },
};

export const reservationAggregate: Aggregate<ReservationCommand, ReservationEvent, ReservationState> = {
  decider: reservationDecider,
  correlate: (state) => (state.subject ? { leadId: state.subject.leadId } : {}),
};

export function reservationStream(subject: ReservationSubject): string {
  return subject.kind === 'lead' ? `leadreservation-${subject.leadId}` : `enterprisereservation-${subject.uscc}`;
}
