import type { Channel, ChannelKind } from '../channels/channels';
import type { Watched } from '../watch/facts';

export const WATCHES = 'notifications.watches';
export const CHANNELS = 'notifications.channels';
export const DELIVERIES = 'notifications.deliveries';
export const DIGESTS = 'notifications.digests';
export const CALENDAR_YEARS = 'notifications.calendar-years';

export interface WatchView {
  readonly stream: string;
  readonly watched: Watched;
  /** 'yes' while something of it can still fall due: the sweep reads only these. */
  readonly open: 'yes' | 'no';
  readonly reminded: readonly string[];
}

export interface ParkChannelsView {
  readonly parkId: string;
  readonly channels: readonly Channel[];
}

export type DeliveryStatus = 'pending' | 'sent' | 'abandoned';

export interface DeliveryView {
  readonly deliveryId: string;
  readonly parkId?: string;
  /** The person a digest goes to. */
  readonly personId?: string;
  readonly channelId: string;
  readonly kind: ChannelKind;
  readonly title: string;
  readonly text: string;
  /** A digest's address, sealed; a channel's addresses are in its settings. A digest carries its park too. */
  readonly sealedAddress?: string;
  readonly reminderKey?: string;
  readonly status: DeliveryStatus;
  readonly attempts: number;
  readonly requestedAt: string;
  readonly nextAttemptAt?: string;
  readonly lastError?: string;
  readonly sentAt?: string;
}

export interface DigestView {
  readonly personId: string;
  readonly parkId: string;
  readonly sealedAddress: string;
}
