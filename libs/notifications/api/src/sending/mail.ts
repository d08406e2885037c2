import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { createTransport, type Transporter } from 'nodemailer';
import { CONFIGURATION, type Configuration } from '@ia/platform';
import type { Message } from './robots';

/** E-mail through the county's SMTP server (IA_SMTP_URL); refused, and so retried and shown, when none is set. */
@Injectable()
export class MailSender implements OnApplicationShutdown {
  private transport: Transporter | undefined;

  constructor(@Inject(CONFIGURATION) private readonly configuration: Configuration) {}

  async send(to: readonly string[], message: Message): Promise<void> {
    const smtp = this.configuration.reminders.smtp;
    if (!smtp) throw new Error('no mail server is configured (IA_SMTP_URL)');
    this.transport ??= createTransport(smtp.url, { from: smtp.from });
    await this.transport.sendMail({ to: [...to], subject: message.title, text: message.text });
  }

  onApplicationShutdown(): void {
    this.transport?.close();
  }
}
