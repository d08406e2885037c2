import { Module, type OnModuleInit } from '@nestjs/common';
import { NOTIFICATION_PROJECTIONS } from '@ia/notifications/domain';
import { EventSourcingRuntime } from '@ia/platform';
import { NotificationCalendar } from './calendar';
import { ChannelsController } from './channels/channels.controller';
import { DeliveriesController } from './deliveries/deliveries.controller';
import { DeliveryWorker } from './deliver';
import { DigestController } from './digest/digest.controller';
import { DueItemsController } from './due-items/due-items.controller';
import { factsConsumer } from './reactions';
import { ReminderSchedule } from './schedule';
import { MailSender } from './sending/mail';
import { SecretSealing } from './sending/sealing';
import { ReminderSweep } from './sweep';
import { NotificationWriter } from './writer';

/**
 * Reminders and alerts (提醒) where staff already are: what falls due, learned from the other contexts'
 * published events, pushed once to each park's WeCom or DingTalk group robots and by e-mail, with every
 * delivery recorded, retried with back-off and shown to administrators; and a daily digest per person.
 */
@Module({
  controllers: [ChannelsController, DeliveriesController, DueItemsController, DigestController],
  providers: [NotificationWriter, NotificationCalendar, SecretSealing, MailSender, ReminderSweep, DeliveryWorker, ReminderSchedule],
})
export class NotificationsModule implements OnModuleInit {
  constructor(
    private readonly runtime: EventSourcingRuntime,
    private readonly writer: NotificationWriter,
  ) {}

  onModuleInit(): void {
    for (const projection of NOTIFICATION_PROJECTIONS) this.runtime.registerProjection(projection);
    this.runtime.registerConsumer(factsConsumer(this.writer));
  }
}
