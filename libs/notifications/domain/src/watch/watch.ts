import { assertNever, canonicalJson, type Aggregate, type Decider } from '@ia/kernel';
import type { ChannelKind } from '../channels/channels';
import { isStillDue, stageOn, type DueItem, type ReminderStage } from '../due/due-items';
import { NotificationErrors } from '../errors';
import { reminderMessage } from '../reminder/message';
import { applyFact } from './apply-fact';
import type { Fact, Watched } from './facts';

export interface ChannelRef {
  readonly channelId: string;
  readonly kind: ChannelKind;
}

export interface Reminder {
  /** One per item, stage and deadline: a deadline that moves may be reminded of again, an unchanged one never. */
  readonly reminderKey: string;
  readonly item: DueItem;
  readonly stage: ReminderStage;
  readonly raisedOn: string;
  readonly title: string;
  readonly text: string;
  /** The park's channels when it was raised: one delivery each. */
  readonly channels: readonly ChannelRef[];
}

export type WatchCommand =
  | { readonly type: 'NoteFact'; readonly data: { readonly fact: Fact } }
  | {
      readonly type: 'RaiseReminder';
      readonly data: {
        readonly item: DueItem;
        readonly stage: ReminderStage;
        readonly raisedOn: string;
        readonly channels: readonly ChannelRef[];
      };
    };

export type WatchEvent =
  { readonly type: 'FactNoted'; readonly data: { readonly fact: Fact } } | { readonly type: 'ReminderRaised'; readonly data: Reminder };

export interface WatchState {
  readonly watched?: Watched;
  readonly reminded: readonly string[];
}

export const reminderKeyOf = (item: DueItem, stage: ReminderStage) => `${item.key}|${stage}|${item.dueOn}`;

export const watchDecider: Decider<WatchCommand, WatchEvent, WatchState> = {
  initialState: { reminded: [] },
  decide(command, state) {
    switch (command.type) {
      case 'NoteFact': {
        const after = applyFact(state.watched, command.data.fact);
        // A fact that changes nothing (told again, or older than what is known) is not recorded twice.
        return state.watched && canonicalJson(after) === canonicalJson(state.watched) ? [] : [{ type: 'FactNoted', data: command.data }];
      }
      case 'RaiseReminder': {
        const { item, stage, raisedOn, channels } = command.data;
        if (!state.watched) throw NotificationErrors.nothingWatched();
        const reminderKey = reminderKeyOf(item, stage);
        // Pushed once: the same item, stage and deadline never again; and never for what was done meanwhile.
        if (state.reminded.includes(reminderKey) || !isStillDue(state.watched, item.key) || stageOn(item, raisedOn) !== stage) return [];
        return [{ type: 'ReminderRaised', data: { reminderKey, item, stage, raisedOn, ...reminderMessage(item, stage), channels } }];
      }
      default:
        return assertNever(command);
    }
  },
  evolve(state, event) {
    switch (event.type) {
      case 'FactNoted':
        return { ...state, watched: applyFact(state.watched, event.data.fact) };
      case 'ReminderRaised':
        return { ...state, reminded: [...state.reminded, event.data.reminderKey] };
      default:
        return assertNever(event);
    }
  },
};

/** Reminders are notifications' own record: they stay out of a project's audited history, which is the contexts' facts. */
export const watchAggregate: Aggregate<WatchCommand, WatchEvent, WatchState> = {
  decider: watchDecider,
  correlate: () => ({}),
};
