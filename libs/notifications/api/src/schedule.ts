import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { CONFIGURATION, type Configuration } from '@ia/platform';
import { DeliveryWorker } from './deliver';
import { ReminderSweep } from './sweep';

/** The sweep and the delivery worker on their timers, when reminders are on (IA_REMINDERS). */
@Injectable()
export class ReminderSchedule implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Reminders');
  private readonly timers: NodeJS.Timeout[] = [];

  constructor(
    @Inject(CONFIGURATION) private readonly configuration: Configuration,
    private readonly sweep: ReminderSweep,
    private readonly worker: DeliveryWorker,
  ) {}

  onApplicationBootstrap(): void {
    const settings = this.configuration.reminders;
    if (!settings.enabled) return;
    const every = (seconds: number, task: () => Promise<unknown>, name: string) => {
      const timer = setInterval(() => {
        task().catch((error: unknown) => this.logger.error(`${name} failed: ${error instanceof Error ? error.message : String(error)}`));
      }, seconds * 1000);
      timer.unref();
      this.timers.push(timer);
    };
    every(settings.sweepSeconds, () => this.sweep.run(), 'Reminder sweep');
    every(settings.deliverySeconds, () => this.worker.run(), 'Delivery');
  }

  onApplicationShutdown(): void {
    for (const timer of this.timers) clearInterval(timer);
  }
}
