import { Inject, Module, type DynamicModule, type OnModuleInit } from '@nestjs/common';
import { EventSourcingRuntime } from '@ia/platform';

/**
 * What a test stands in for (another service's publisher, a consumer that captures messages), registered
 * as a context registers its own: while modules initialise, before the bus starts following the log.
 */
export function standIns(register: (runtime: EventSourcingRuntime) => void): DynamicModule {
  @Module({})
  class StandInsModule implements OnModuleInit {
    constructor(@Inject(EventSourcingRuntime) private readonly runtime: EventSourcingRuntime) {}

    onModuleInit(): void {
      register(this.runtime);
    }
  }
  return { module: StandInsModule };
}
