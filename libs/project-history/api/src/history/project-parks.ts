import { Injectable } from '@nestjs/common';
import type { ParkLocator } from '@ia/platform';
import { parkOfProject } from '@ia/project-history/domain';
import { ProjectEvents } from './project-events.service';

/** A project's park from the facts in the store, gathered as its history is: nothing recorded means no such project. */
@Injectable()
export class ProjectParks implements ParkLocator {
  constructor(private readonly events: ProjectEvents) {}

  async parkOf(projectId: string): Promise<string | null | undefined> {
    const events = await this.events.gather(projectId);
    return events.length === 0 ? undefined : parkOfProject(events);
  }
}
