import { streamCategory, streamId, type Projection } from '@ia/kernel';
import { createWorkingCalendar } from '@ia/reference';
import { CHANNELS_CATEGORY, type ChannelsEvent } from '../channels/channels';
import { NOTIFICATION_CALENDAR_CATEGORY, type CalendarEvent, type CalendarYearAdopted } from '../calendar/calendar';
import { DELIVERY_CATEGORY, type DeliveryEvent } from '../delivery/delivery';
import { DIGEST_CATEGORY, type DigestEvent } from '../digest/digest';
import { dueItemsOf } from '../due/due-items';
import { WATCH_CATEGORY } from '../watch/facts';
import { watchDecider, type WatchEvent } from '../watch/watch';
import {
  CALENDAR_YEARS,
  CHANNELS,
  DELIVERIES,
  DIGESTS,
  WATCHES,
  type DeliveryView,
  type DigestView,
  type ParkChannelsView,
  type WatchView,
} from './views';

const WEEKDAYS_ONLY = createWorkingCalendar({ years: {} });

/** Every watch with its facts and the reminders raised; `open` marks those the sweep must still look at. */
export const watchesProjection: Projection = {
  name: 'notifications.watches',
  collections: [WATCHES],
  categories: [WATCH_CATEGORY],
  indexes: { [WATCHES]: ['open'] },
  async apply(recorded, readModels) {
    if (streamCategory(recorded.streamName) !== WATCH_CATEGORY) return;
    const current = await readModels.get<WatchView>(WATCHES, recorded.streamName);
    const state = watchDecider.evolve(
      { reminded: current?.reminded ?? [], ...(current && { watched: current.watched }) },
      recorded as unknown as WatchEvent,
    );
    if (!state.watched || (state.reminded === current?.reminded && state.watched === current?.watched)) return;
    const open = dueItemsOf(state.watched, WEEKDAYS_ONLY).length > 0 ? 'yes' : 'no';
    await readModels.put<WatchView>(WATCHES, recorded.streamName, {
      stream: recorded.streamName,
      watched: state.watched,
      open,
      reminded: state.reminded,
    });
  },
};

export const channelsProjection: Projection = {
  name: 'notifications.channels',
  collections: [CHANNELS],
  categories: [CHANNELS_CATEGORY],
  async apply(recorded, readModels) {
    if (streamCategory(recorded.streamName) !== CHANNELS_CATEGORY) return;
    const parkId = streamId(recorded.streamName);
    const event = recorded as unknown as ChannelsEvent;
    const current = (await readModels.get<ParkChannelsView>(CHANNELS, parkId))?.channels ?? [];
    const others = current.filter((channel) => channel.channelId !== event.data.channelId);
    if (event.type === 'ChannelConfigured') {
      const { parkId: _parkId, replaced: _replaced, ...channel } = event.data;
      await readModels.put<ParkChannelsView>(CHANNELS, parkId, { parkId, channels: [...others, channel] });
    } else await readModels.put<ParkChannelsView>(CHANNELS, parkId, { parkId, channels: others });
  },
};

export const digestsProjection: Projection = {
  name: 'notifications.digests',
  collections: [DIGESTS],
  categories: [DIGEST_CATEGORY],
  async apply(recorded, readModels) {
    if (streamCategory(recorded.streamName) !== DIGEST_CATEGORY) return;
    const event = recorded as unknown as DigestEvent;
    // Keyed like the stream: one digest per park and person.
    if (event.type === 'DigestSubscribed') {
      const { personId, parkId, sealedAddress } = event.data;
      await readModels.put<DigestView>(DIGESTS, streamId(recorded.streamName), { personId, parkId, sealedAddress });
    } else if (event.type === 'DigestUnsubscribed') await readModels.delete(DIGESTS, streamId(recorded.streamName));
  },
};

export const notificationCalendarProjection: Projection = {
  name: 'notifications.calendar-years',
  collections: [CALENDAR_YEARS],
  categories: [NOTIFICATION_CALENDAR_CATEGORY],
  async apply(recorded, readModels) {
    if (streamCategory(recorded.streamName) !== NOTIFICATION_CALENDAR_CATEGORY) return;
    const { data } = recorded as unknown as CalendarEvent;
    await readModels.put<CalendarYearAdopted>(CALENDAR_YEARS, String(data.year), data);
  },
};

/**
 * Every delivery, from the reminder or digest that asked for it to its last attempt: what the delivery worker
 * sends from, and what administrators see. A reminder asks for one delivery per channel of its park, due at
 * once: at the time it was raised (the suite's clock, its business time), not when the store wrote it.
 */
export const deliveriesProjection: Projection = {
  name: 'notifications.deliveries',
  collections: [DELIVERIES],
  categories: [WATCH_CATEGORY, DIGEST_CATEGORY, DELIVERY_CATEGORY],
  indexes: { [DELIVERIES]: ['status', 'parkId'] },
  async apply(recorded, readModels) {
    const category = streamCategory(recorded.streamName);
    if (category === WATCH_CATEGORY && recorded.type === 'ReminderRaised') {
      const { data } = recorded as unknown as Extract<WatchEvent, { type: 'ReminderRaised' }>;
      for (const channel of data.channels) {
        const deliveryId = `${recorded.eventId}.${channel.channelId}`;
        if (await readModels.get(DELIVERIES, deliveryId)) continue;
        await readModels.put<DeliveryView>(DELIVERIES, deliveryId, {
          deliveryId,
          ...(data.item.parkId !== undefined && { parkId: data.item.parkId }),
          channelId: channel.channelId,
          kind: channel.kind,
          title: data.title,
          text: data.text,
          reminderKey: data.reminderKey,
          status: 'pending',
          attempts: 0,
          requestedAt: recorded.metadata.occurredAt,
          nextAttemptAt: recorded.metadata.occurredAt,
        });
      }
    } else if (category === DIGEST_CATEGORY && recorded.type === 'DigestPrepared') {
      const { data } = recorded as unknown as Extract<DigestEvent, { type: 'DigestPrepared' }>;
      const deliveryId = `${recorded.eventId}.email`;
      if (await readModels.get(DELIVERIES, deliveryId)) return;
      await readModels.put<DeliveryView>(DELIVERIES, deliveryId, {
        deliveryId,
        parkId: data.parkId,
        personId: data.personId,
        channelId: 'digest',
        kind: 'email',
        title: data.title,
        text: data.text,
        sealedAddress: data.sealedAddress,
        status: 'pending',
        attempts: 0,
        requestedAt: recorded.metadata.occurredAt,
        nextAttemptAt: recorded.metadata.occurredAt,
      });
    } else if (category === DELIVERY_CATEGORY) {
      const deliveryId = streamId(recorded.streamName);
      const current = await readModels.get<DeliveryView>(DELIVERIES, deliveryId);
      if (!current) return;
      await readModels.put<DeliveryView>(DELIVERIES, deliveryId, afterAttempt(current, recorded as unknown as DeliveryEvent));
    }
  },
};

function afterAttempt(current: DeliveryView, event: DeliveryEvent): DeliveryView {
  const { nextAttemptAt: _next, ...rest } = current;
  switch (event.type) {
    case 'DeliverySent':
      return { ...rest, status: 'sent', attempts: event.data.attempt, sentAt: event.data.at };
    case 'DeliveryFailed':
      return { ...rest, status: 'pending', attempts: event.data.attempt, lastError: event.data.error, nextAttemptAt: event.data.retryAt };
    case 'DeliveryAbandoned':
      return { ...rest, status: 'abandoned', attempts: event.data.attempt, lastError: event.data.error };
  }
}

export const NOTIFICATION_PROJECTIONS = [
  watchesProjection,
  channelsProjection,
  digestsProjection,
  notificationCalendarProjection,
  deliveriesProjection,
];
