import { Inject, Injectable, Logger } from '@nestjs/common';
import { DomainError } from '@ia/kernel';
import { CHANNELS, DELIVERIES, type DeliveryView, type ParkChannelsView } from '@ia/notifications/domain';
import { CLOCK, ENGINES, type Clock, type Engines } from '@ia/platform';
import { MailSender } from './sending/mail';
import { sendToDingTalk, sendToWeCom } from './sending/robots';
import { SecretSealing } from './sending/sealing';
import { NotificationWriter } from './writer';

/**
 * Sends what is pending and due for an attempt, and records each attempt as an event: sent, or failed with
 * the time of the next try, or given up after the last. A send that succeeded just before a crash may go out
 * twice; nothing is lost. The reason of a failure is recorded, never a webhook or an address.
 */
@Injectable()
export class DeliveryWorker {
  private readonly logger = new Logger('Deliveries');
  private running: Promise<number> | undefined;

  constructor(
    @Inject(ENGINES) private readonly engines: Engines,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly sealing: SecretSealing,
    private readonly mail: MailSender,
    private readonly writer: NotificationWriter,
  ) {}

  /** One pass at a time: a pass still running is waited for, not doubled. */
  run(): Promise<number> {
    this.running ??= this.pass().finally(() => (this.running = undefined));
    return this.running;
  }

  private async pass(): Promise<number> {
    const now = this.clock.now();
    const due = (await this.engines.readModels.listBy<DeliveryView>(DELIVERIES, 'status', ['pending']))
      .filter((delivery) => delivery.nextAttemptAt !== undefined && Date.parse(delivery.nextAttemptAt) <= now.getTime())
      .sort((a, b) => a.requestedAt.localeCompare(b.requestedAt));
    let sent = 0;
    for (const delivery of due) {
      const attempt = delivery.attempts + 1;
      const at = this.clock.now().toISOString();
      let outcome: { readonly outcome: 'sent' } | { readonly outcome: 'failed'; readonly error: string };
      try {
        await this.send(delivery);
        outcome = { outcome: 'sent' };
      } catch (error) {
        outcome = { outcome: 'failed', error: error instanceof Error ? error.message : String(error) };
        this.logger.warn(`Delivery ${delivery.deliveryId} attempt ${attempt} failed: ${outcome.error}`);
      }
      try {
        await this.writer.onDelivery(delivery.deliveryId, { type: 'RecordAttempt', data: { attempt, at, ...outcome } });
        if (outcome.outcome === 'sent') sent += 1;
      } catch (error) {
        // Another process recorded this attempt first (it should not run: one sender is deployed).
        if (!(error instanceof DomainError)) throw error;
        this.logger.warn(`Delivery ${delivery.deliveryId} attempt ${attempt} not recorded: ${error.code}`);
      }
    }
    return sent;
  }

  private async send(delivery: DeliveryView): Promise<void> {
    const message = { title: delivery.title, text: delivery.text };
    if (delivery.sealedAddress !== undefined) {
      const address = await this.sealing.openAddress(delivery.sealedAddress);
      if (!address) throw new Error('the digest address was withdrawn');
      return this.mail.send([address], message);
    }
    const park = delivery.parkId === undefined ? undefined : await this.engines.readModels.get<ParkChannelsView>(CHANNELS, delivery.parkId);
    const channel = park?.channels.find((known) => known.channelId === delivery.channelId);
    const secrets = channel && (await this.sealing.openChannel(channel.sealedSettings));
    if (!channel || !secrets) throw new Error('the channel was removed');
    switch (channel.kind) {
      case 'wecom':
        return sendToWeCom(secrets.webhook ?? '', message);
      case 'dingtalk':
        return sendToDingTalk(secrets.webhook ?? '', secrets.signingSecret ?? '', message, this.clock.now().getTime());
      case 'email':
        return this.mail.send(secrets.recipients ?? [], message);
    }
  }
}
