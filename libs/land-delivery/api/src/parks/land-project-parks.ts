import { Injectable } from '@nestjs/common';
import { fold } from '@ia/kernel';
import { EventSourcingRuntime, type ParkLocator } from '@ia/platform';
import {
  landProjectDecider,
  landProjectStream,
  parkOfLandProject,
  type LandProjectEvent,
  type LandProjectState,
} from '@ia/land-delivery/domain';
import { namesStream } from './stream-ids';

/** The park of a project as land delivery recorded it from the signed agreement, read from the project's stream. */
@Injectable()
export class LandProjectParks implements ParkLocator {
  constructor(private readonly runtime: EventSourcingRuntime) {}

  async load(projectId: string): Promise<LandProjectState> {
    const events = await this.runtime.engines.store.readStream(landProjectStream(projectId));
    return fold(
      landProjectDecider,
      events.map((event) => ({ type: event.type, data: event.data }) as LandProjectEvent),
    );
  }

  async parkOf(projectId: string): Promise<string | null | undefined> {
    return namesStream(projectId) ? parkOfLandProject(await this.load(projectId)) : undefined;
  }
}
