import { assertNever, type Aggregate, type Decider } from '@ia/kernel';
import { NotificationErrors } from '../errors';

export const CHANNEL_KINDS = ['wecom', 'dingtalk', 'email'] as const;
export type ChannelKind = (typeof CHANNEL_KINDS)[number];

/**
 * A park's place where reminders go: a WeCom or DingTalk group robot, or e-mail to listed addresses. What
 * must stay secret (the webhook with its key, the signing secret, the addresses) is sealed at the edge under
 * a key of the key store and arrives here as one opaque value; only the kind, a name and a host are plain.
 */
export interface Channel {
  readonly channelId: string;
  readonly kind: ChannelKind;
  readonly name: string;
  /** For people to recognise it: the webhook's host, or how many addresses. */
  readonly shownAs: string;
  readonly sealedSettings: string;
}

export type ChannelsCommand =
  | { readonly type: 'ConfigureChannel'; readonly data: Channel & { readonly parkId: string } }
  | { readonly type: 'RemoveChannel'; readonly data: { readonly channelId: string } };

export type ChannelsEvent =
  | { readonly type: 'ChannelConfigured'; readonly data: Channel & { readonly parkId: string; readonly replaced?: string } }
  | { readonly type: 'ChannelRemoved'; readonly data: { readonly channelId: string; readonly sealedSettings: string } };

export interface ChannelsState {
  readonly channels: Readonly<Record<string, Channel>>;
}

export const MAX_CHANNELS_PER_PARK = 10;

export const channelsDecider: Decider<ChannelsCommand, ChannelsEvent, ChannelsState> = {
  initialState: { channels: {} },
  decide(command, state) {
    switch (command.type) {
      case 'ConfigureChannel': {
        const known = state.channels[command.data.channelId];
        if (!known && Object.keys(state.channels).length >= MAX_CHANNELS_PER_PARK)
          throw NotificationErrors.tooManyChannels(MAX_CHANNELS_PER_PARK);
        // The replaced settings are named, so that the edge can destroy the key they were sealed under.
        return [{ type: 'ChannelConfigured', data: { ...command.data, ...(known && { replaced: known.sealedSettings }) } }];
      }
      case 'RemoveChannel': {
        const known = state.channels[command.data.channelId];
        if (!known) throw NotificationErrors.channelNotFound(command.data.channelId);
        return [{ type: 'ChannelRemoved', data: { channelId: known.channelId, sealedSettings: known.sealedSettings } }];
      }
      default:
        return assertNever(command);
    }
  },
  evolve(state, event) {
    switch (event.type) {
      case 'ChannelConfigured': {
        const { parkId: _parkId, replaced: _replaced, ...channel } = event.data;
        return { channels: { ...state.channels, [channel.channelId]: channel } };
      }
      case 'ChannelRemoved': {
        const { [event.data.channelId]: _removed, ...rest } = state.channels;
        return { channels: rest };
      }
      default:
        return assertNever(event);
    }
  },
};

export const CHANNELS_CATEGORY = 'notifychannels';
export const channelsStream = (parkId: string) => `${CHANNELS_CATEGORY}-${parkId}`;

export const channelsAggregate: Aggregate<ChannelsCommand, ChannelsEvent, ChannelsState> = {
  decider: channelsDecider,
  correlate: () => ({}),
};
