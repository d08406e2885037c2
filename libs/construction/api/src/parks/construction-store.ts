import { Injectable } from '@nestjs/common';
import {
  constructionDecider,
  constructionStream,
  problemDecider,
  problemStream,
  type ConstructionEvent,
  type ConstructionState,
  type ProblemEvent,
  type ProblemState,
} from '@ia/construction/domain';
import { fold, type DomainEvent } from '@ia/kernel';
import { EventSourcingRuntime } from '@ia/platform';

/**
 * Reads construction's records from the store, the source of truth, where a decision must not wait for a
 * read model: which park a project or a problem belongs to, before anyone acts on it.
 */
@Injectable()
export class ConstructionStore {
  constructor(private readonly runtime: EventSourcingRuntime) {}

  /** The project's construction record, or `undefined` when construction has heard nothing of it. */
  async record(projectId: string): Promise<ConstructionState | undefined> {
    const events = await this.events<ConstructionEvent>(constructionStream(projectId));
    return events.length === 0 ? undefined : fold(constructionDecider, events);
  }

  async problem(problemId: string): Promise<ProblemState> {
    return fold(problemDecider, await this.events<ProblemEvent>(problemStream(problemId)));
  }

  private async events<E extends DomainEvent>(streamName: string): Promise<E[]> {
    const recorded = await this.runtime.engines.store.readStream(streamName);
    return recorded.map((event) => ({ type: event.type, data: event.data }) as E);
  }
}
