import { Inject, Injectable, Logger } from '@nestjs/common';
import {
  CHANNELS,
  DIGESTS,
  dueItemsOf,
  reminderKeyOf,
  stageOn,
  WATCHES,
  type DigestLine,
  type DigestView,
  type DueItem,
  type ParkChannelsView,
  type ReminderStage,
  type WatchView,
} from '@ia/notifications/domain';
import { CLOCK, CONFIGURATION, ENGINES, type Clock, type Configuration, type Engines } from '@ia/platform';
import { NotificationCalendar } from './calendar';
import { NotificationWriter } from './writer';

const CHINA_OFFSET_MILLISECONDS = 8 * 60 * 60 * 1000;

export interface OpenDueItem {
  readonly stream: string;
  readonly item: DueItem;
  readonly stage?: ReminderStage;
}

/** The business date and the time of day in China Standard Time. */
export function localTime(now: Date): { readonly date: string; readonly time: string } {
  const local = new Date(now.getTime() + CHINA_OFFSET_MILLISECONDS).toISOString();
  return { date: local.slice(0, 10), time: local.slice(11, 16) };
}

/**
 * Looks at every open watch: each item near or past its deadline gets its reminder raised (once: the watch
 * refuses a second), with the park's channels of the moment; then each person who asked for a digest gets
 * the day's list. Nothing goes out before the configured time of day.
 */
@Injectable()
export class ReminderSweep {
  private readonly logger = new Logger('Reminders');

  constructor(
    @Inject(ENGINES) private readonly engines: Engines,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(CONFIGURATION) private readonly configuration: Configuration,
    private readonly calendar: NotificationCalendar,
    private readonly writer: NotificationWriter,
  ) {}

  async openItems(today: string): Promise<OpenDueItem[]> {
    const calendar = await this.calendar.current();
    const watches = await this.engines.readModels.listBy<WatchView>(WATCHES, 'open', ['yes']);
    return watches.flatMap((view) =>
      dueItemsOf(view.watched, calendar).map((item) => {
        const stage = stageOn(item, today);
        return { stream: view.stream, item, ...(stage && { stage }) };
      }),
    );
  }

  async run(): Promise<{ readonly raised: number; readonly digests: number }> {
    const { date: today, time } = localTime(this.clock.now());
    if (time < this.configuration.reminders.from) return { raised: 0, digests: 0 };
    const items = await this.openItems(today);
    const reminded = new Map(
      (await this.engines.readModels.listBy<WatchView>(WATCHES, 'open', ['yes'])).map((view) => [view.stream, view.reminded]),
    );
    let raised = 0;
    for (const { stream, item, stage } of items) {
      if (!stage || reminded.get(stream)?.includes(reminderKeyOf(item, stage))) continue;
      const channels = item.parkId === undefined ? [] : await this.channelsOf(item.parkId);
      const result = await this.writer.onWatch(stream, { type: 'RaiseReminder', data: { item, stage, raisedOn: today, channels } });
      if (result.eventIds.length > 0) raised += 1;
    }
    const digests = await this.digests(today, items);
    if (raised + digests > 0) this.logger.log(`Raised ${raised} reminders and ${digests} digests for ${today}`);
    return { raised, digests };
  }

  private async channelsOf(parkId: string) {
    const view = await this.engines.readModels.get<ParkChannelsView>(CHANNELS, parkId);
    return (view?.channels ?? []).map(({ channelId, kind }) => ({ channelId, kind }));
  }

  private async digests(today: string, items: readonly OpenDueItem[]): Promise<number> {
    let prepared = 0;
    for (const subscriber of await this.engines.readModels.list<DigestView>(DIGESTS)) {
      const lines: DigestLine[] = items
        .filter(
          (entry) => entry.stage !== undefined && entry.item.responsible === subscriber.personId && entry.item.parkId === subscriber.parkId,
        )
        .map((entry) => ({ item: entry.item, stage: entry.stage as ReminderStage }));
      const result = await this.writer.onDigest(subscriber.personId, subscriber.parkId, {
        type: 'PrepareDigest',
        data: { date: today, lines },
      });
      if (result.eventIds.length > 0) prepared += 1;
    }
    return prepared;
  }
}
