import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { EventSourcingRuntime } from '../engines/runtime';
import { METRICS } from '../engines/tokens';
import { Backups } from '../operations/backups';
import type { Metrics } from './metrics';

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
