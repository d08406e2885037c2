import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { EventSourcingRuntime } from '../engines/runtime';
import { METRICS, TRACING } from '../engines/tokens';
import { Backups } from '../operations/backups';
import type { Metrics } from './metrics';
import type { Tracing } from './tracing';

/** Gives the metrics what they read at each scrape, once every module has registered its projections. */
@Injectable()
export class MetricSourcesWiring implements OnApplicationBootstrap {
  constructor(
    @Inject(METRICS) private readonly metrics: Metrics | null,
    private readonly runtime: EventSourcingRuntime,
    private readonly backups: Backups,
  ) {}

  onApplicationBootstrap(): void {
    const { store, bus } = this.runtime.engines;
    this.metrics?.attach({
      store,
      bus,
      projections: () => this.runtime.projections(),
      lastBackupAt: () => {
        const latest = this.backups.latest();
        return latest && new Date(latest.takenAt);
      },
    });
  }
}

/** Exports the spans still buffered before the process ends. */
@Injectable()
export class TracingShutdown implements OnApplicationShutdown {
  constructor(@Inject(TRACING) private readonly tracing: Tracing | null) {}

  async onApplicationShutdown(): Promise<void> {
    await this.tracing?.shutdown();
  }
}
