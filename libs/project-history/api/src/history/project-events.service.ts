import { Inject, Injectable } from '@nestjs/common';
import type { Request } from 'express';
import { type RecordedEvent } from '@ia/kernel';
import { accessLog, accessStream, type ProjectViewed } from '@ia/project-history/domain';
import { CLOCK, commandContext, EventSourcingRuntime, ProblemError, type Clock, type Principal } from '@ia/platform';

/** Reads a project's whole life from the event store itself, never from a read model. */
@Injectable()
export class ProjectEvents {
  private readonly appendView;

  constructor(
    private readonly runtime: EventSourcingRuntime,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {
    this.appendView = runtime.commandHandler(accessLog);
  }

  /** The project's events and its lead's, from before the project existed, in log order. */
  async of(projectId: string): Promise<RecordedEvent[]> {
    const events = await this.gather(projectId);
    if (events.length === 0)
      throw new ProblemError(404, 'PROJECT.NOT_FOUND', '项目不存在', `No events are recorded for project ${projectId}`);
    return events;
  }

  /** As `of`, but empty for a project nothing is recorded of. */
  async gather(projectId: string): Promise<RecordedEvent[]> {
    const store = this.runtime.engines.store;
    const ofProject = await store.readCorrelated({ projectId });
    if (ofProject.length === 0) return [];
    const leadIds = [...new Set(ofProject.flatMap((event) => (event.metadata.leadId === undefined ? [] : [event.metadata.leadId])))];
    const ofLeads = await Promise.all(leadIds.map((leadId) => store.readCorrelated({ leadId })));
    const byId = new Map<string, RecordedEvent>();
    for (const event of [...ofProject, ...ofLeads.flat()]) byId.set(event.eventId, event);
    return [...byId.values()].sort((left, right) => left.position - right.position);
  }

  async streams(projectId: string): Promise<string[]> {
    return [...new Set((await this.of(projectId)).map((event) => event.streamName))].sort();
  }

  async recordView(request: Request, principal: Principal, view: ProjectViewed['view'], projectId: string): Promise<void> {
    if (principal.role !== 'auditor') return;
    const query = Object.fromEntries(
      Object.entries(request.query).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
    );
    await this.appendView(
      accessStream(projectId),
      { type: 'RecordProjectView', data: { projectId, view, query } },
      commandContext(request, principal, this.clock.now()),
    );
  }
}
