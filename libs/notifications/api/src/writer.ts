import { Inject, Injectable } from '@nestjs/common';
import type { CommandContext, CommandHandler, CommandResult } from '@ia/kernel';
import {
  calendarAggregate,
  channelsAggregate,
  channelsStream,
  deliveryAggregate,
  deliveryStream,
  digestAggregate,
  digestStream,
  notificationCalendarStream,
  watchAggregate,
  type CalendarCommand,
  type ChannelsCommand,
  type DeliveryCommand,
  type DigestCommand,
  type WatchCommand,
} from '@ia/notifications/domain';
import { CLOCK, EventSourcingRuntime, ID_GENERATOR, type Clock, type IdGenerator } from '@ia/platform';

/**
 * The write side of notifications: every command on its aggregates goes through the kernel's handler, and
 * the caller waits until the read models show it (the sweep and the worker read them right after).
 */
@Injectable()
export class NotificationWriter {
  private readonly watch: CommandHandler<WatchCommand>;
  private readonly channels: CommandHandler<ChannelsCommand>;
  private readonly deliveries: CommandHandler<DeliveryCommand>;
  private readonly digests: CommandHandler<DigestCommand>;
  private readonly calendar: CommandHandler<CalendarCommand>;

  constructor(
    private readonly runtime: EventSourcingRuntime,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(ID_GENERATOR) private readonly newId: IdGenerator,
  ) {
    this.watch = runtime.commandHandler(watchAggregate);
    this.channels = runtime.commandHandler(channelsAggregate);
    this.deliveries = runtime.commandHandler(deliveryAggregate);
    this.digests = runtime.commandHandler(digestAggregate);
    this.calendar = runtime.commandHandler(calendarAggregate);
  }

  /** The context of what the suite does by itself: the sweep, the worker. */
  systemContext(): CommandContext {
    const correlationId = this.newId();
    return { actor: { id: 'system:notifications', role: 'system' }, occurredAt: this.clock.now().toISOString(), correlationId };
  }

  onWatch(stream: string, command: WatchCommand, context: CommandContext = this.systemContext()) {
    return this.visible(this.watch(stream, command, context));
  }

  onChannels(parkId: string, command: ChannelsCommand, context: CommandContext) {
    return this.visible(this.channels(channelsStream(parkId), command, context));
  }

  onDelivery(deliveryId: string, command: DeliveryCommand) {
    return this.visible(this.deliveries(deliveryStream(deliveryId), command, this.systemContext()));
  }

  onDigest(personId: string, parkId: string, command: DigestCommand, context: CommandContext = this.systemContext()) {
    return this.visible(this.digests(digestStream(personId, parkId), command, context));
  }

  onCalendar(year: number, command: CalendarCommand, context: CommandContext) {
    return this.visible(this.calendar(notificationCalendarStream(year), command, context));
  }

  private async visible(written: Promise<CommandResult>): Promise<CommandResult> {
    const result = await written;
    await this.runtime.readModelsAt(result.lastPosition);
    return result;
  }
}
