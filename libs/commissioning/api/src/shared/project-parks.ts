import { Injectable } from '@nestjs/common';
import { fold } from '@ia/kernel';
import { EventSourcingRuntime, type ParkLocator } from '@ia/platform';
import { commissioningDecider, commissioningStream, parkOfCommissioning, type CommissioningEvent } from '@ia/commissioning/domain';

// The same rule as ParseIdentifierPipe, which runs after the guard: anything else is left to it to refuse.
const IDENTIFIER = /^[A-Za-z0-9_-]{1,64}$/;

/**
 * The park of a project's commissioning, read from its stream rather than the read model, so that a record
 * just written cannot slip past the park check. A record opened by completed construction alone has no park yet.
 */
@Injectable()
export class ProjectParks implements ParkLocator {
  constructor(private readonly runtime: EventSourcingRuntime) {}

  async parkOf(projectId: string): Promise<string | null | undefined> {
    if (!IDENTIFIER.test(projectId)) return undefined;
    const events = await this.runtime.engines.store.readStream(commissioningStream(projectId));
    if (events.length === 0) return undefined;
    const state = fold(
      commissioningDecider,
      events.map((event) => ({ type: event.type, data: event.data }) as CommissioningEvent),
    );
    return parkOfCommissioning(state) ?? null;
  }
}
