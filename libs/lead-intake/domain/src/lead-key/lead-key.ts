import { assertNever, type Aggregate } from '@ia/kernel';
import { LeadErrors } from '../errors';

/**
 * One stream per duplicate key (a USCC or a normalised company name) says which lead holds it.
 * A read model alone cannot stop two simultaneous registrations of the same enterprise: both would
 * read "free" before either is projected. Appending to the key's own stream is checked against its
 * revision by the store, so of two racing claims exactly one is appended and the other, retried on
 * the conflict, sees the holder and is refused.
 */
export type LeadKeyKind = 'uscc' | 'name';

export type LeadKeyCommand =
  | {
      readonly type: 'ClaimLeadKey';
      readonly data: {
        readonly leadId: string;
        readonly kind: LeadKeyKind;
        readonly value: string;
        /** The holder the edge found no longer holds the key (closed, or its registration never happened). */
        readonly supersedes?: string;
      };
    }
  | { readonly type: 'ReleaseLeadKey'; readonly data: { readonly leadId: string } };

export type LeadKeyEvent =
  | {
      readonly type: 'LeadKeyClaimed';
      readonly data: { readonly leadId: string; readonly kind: LeadKeyKind; readonly value: string; readonly supersededLeadId?: string };
    }
  | { readonly type: 'LeadKeyReleased'; readonly data: { readonly leadId: string } };

export interface LeadKeyState {
  readonly holder?: string;
}

export function decideLeadKey(command: LeadKeyCommand, state: LeadKeyState): LeadKeyEvent[] {
  switch (command.type) {
    case 'ClaimLeadKey': {
      const { leadId, kind, value, supersedes } = command.data;
      if (state.holder === leadId) return [];
      if (state.holder === undefined) return [{ type: 'LeadKeyClaimed', data: { leadId, kind, value } }];
      // Compare-and-set: a stale view of who held the key cannot take it from a newer holder.
      if (supersedes === state.holder) return [{ type: 'LeadKeyClaimed', data: { leadId, kind, value, supersededLeadId: state.holder } }];
      throw kind === 'uscc' ? LeadErrors.duplicateUscc(state.holder) : LeadErrors.duplicateName(state.holder);
    }
    case 'ReleaseLeadKey':
      return state.holder === command.data.leadId ? [{ type: 'LeadKeyReleased', data: { leadId: command.data.leadId } }] : [];
    default:
      return assertNever(command);
  }
}

export function evolveLeadKey(_state: LeadKeyState, event: LeadKeyEvent): LeadKeyState {
  switch (event.type) {
    case 'LeadKeyClaimed':
      return { holder: event.data.leadId };
    case 'LeadKeyReleased':
      return {};
    default:
      return assertNever(event);
  }
}

export const leadKeyAggregate: Aggregate<LeadKeyCommand, LeadKeyEvent, LeadKeyState> = {
  decider: { initialState: {}, decide: decideLeadKey, evolve: evolveLeadKey },
  correlate: (_state, event) => ({ leadId: event.data.leadId }),
};

export const LEAD_KEY_CATEGORY = 'leadkey';
