import { assertNever, type Aggregate, type Decider } from '@ia/kernel';
import { NotificationErrors } from '../errors';
import { digestMessage, type DigestLine } from '../reminder/message';

/** A person asked for one e-mail a day listing what they are in charge of in a park that is near or past due. */
export type DigestCommand =
  | {
      readonly type: 'SubscribeDigest';
      readonly data: { readonly personId: string; readonly parkId: string; readonly sealedAddress: string };
    }
  | { readonly type: 'UnsubscribeDigest'; readonly data: { readonly personId: string } }
  | { readonly type: 'PrepareDigest'; readonly data: { readonly date: string; readonly lines: readonly DigestLine[] } };

export type DigestEvent =
  | {
      readonly type: 'DigestSubscribed';
      readonly data: { readonly personId: string; readonly parkId: string; readonly sealedAddress: string; readonly replaced?: string };
    }
  | { readonly type: 'DigestUnsubscribed'; readonly data: { readonly personId: string; readonly sealedAddress: string } }
  | {
      readonly type: 'DigestPrepared';
      readonly data: {
        readonly personId: string;
        readonly parkId: string;
        readonly date: string;
        readonly sealedAddress: string;
        readonly count: number;
        readonly title: string;
        readonly text: string;
      };
    };

export interface DigestState {
  readonly personId?: string;
  readonly parkId?: string;
  readonly sealedAddress?: string;
  readonly lastDate?: string;
}

export const digestDecider: Decider<DigestCommand, DigestEvent, DigestState> = {
  initialState: {},
  decide(command, state) {
    switch (command.type) {
      case 'SubscribeDigest':
        if (state.sealedAddress === command.data.sealedAddress) return [];
        return [
          {
            type: 'DigestSubscribed',
            data: { ...command.data, ...(state.sealedAddress !== undefined && { replaced: state.sealedAddress }) },
          },
        ];
      case 'UnsubscribeDigest':
        if (state.sealedAddress === undefined) throw NotificationErrors.notSubscribed();
        return [{ type: 'DigestUnsubscribed', data: { personId: command.data.personId, sealedAddress: state.sealedAddress } }];
      case 'PrepareDigest': {
        const { date, lines } = command.data;
        // One a day at most, and none on a day with nothing to say.
        const { personId, parkId, sealedAddress } = state;
        if (sealedAddress === undefined || personId === undefined || parkId === undefined) return [];
        if (lines.length === 0 || (state.lastDate ?? '') >= date) return [];
        const message = digestMessage(date, lines);
        return [
          {
            type: 'DigestPrepared',
            data: { personId, parkId, date, sealedAddress, count: lines.length, ...message },
          },
        ];
      }
      default:
        return assertNever(command);
    }
  },
  evolve(state, event) {
    switch (event.type) {
      case 'DigestSubscribed':
        return { ...state, personId: event.data.personId, parkId: event.data.parkId, sealedAddress: event.data.sealedAddress };
      case 'DigestUnsubscribed': {
        const { sealedAddress: _gone, ...rest } = state;
        return rest;
      }
      case 'DigestPrepared':
        return { ...state, lastDate: event.data.date };
      default:
        return assertNever(event);
    }
  },
};

export const DIGEST_CATEGORY = 'digest';
/** One digest per person and park: staff work for parks, and a digest lists one park's items. */
export const digestStream = (personId: string, parkId: string) => `${DIGEST_CATEGORY}-${parkId}.${personId}`;

export const digestAggregate: Aggregate<DigestCommand, DigestEvent, DigestState> = { decider: digestDecider, correlate: () => ({}) };
