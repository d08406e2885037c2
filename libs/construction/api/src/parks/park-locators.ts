import { Injectable } from '@nestjs/common';
import { parkOfRecord } from '@ia/construction/domain';
import type { ParkLocator } from '@ia/platform';
import { ConstructionStore } from './construction-store';

// Ids become stream names: a malformed one never reaches the store, the route's validation refuses it.
const IDENTIFIER = /^[A-Za-z0-9_-]{1,64}$/;

/** The park of a project construction keeps a record of: not known (null) while only the land or the permit is. */
@Injectable()
export class ProjectParks implements ParkLocator {
  constructor(private readonly store: ConstructionStore) {}

  async parkOf(projectId: string): Promise<string | null | undefined> {
    if (!IDENTIFIER.test(projectId)) return undefined;
    const record = await this.store.record(projectId);
    return record && (parkOfRecord(record) ?? null);
  }
}

/**
 * A team is assigned to a project of the county whether or not construction has heard of it yet, so a
 * project without a known park here is closed to park-scoped holders rather than open to all of them.
 */
@Injectable()
export class LeadershipParks implements ParkLocator {
  constructor(private readonly projects: ProjectParks) {}

  async parkOf(projectId: string): Promise<string | null | undefined> {
    if (!IDENTIFIER.test(projectId)) return undefined;
    return (await this.projects.parkOf(projectId)) ?? null;
  }
}

/** A problem is raised in its project's park and stays there. */
@Injectable()
export class ProblemParks implements ParkLocator {
  constructor(private readonly store: ConstructionStore) {}

  async parkOf(problemId: string): Promise<string | null | undefined> {
    if (!IDENTIFIER.test(problemId)) return undefined;
    const problem = await this.store.problem(problemId);
    return problem.status === 'none' ? undefined : problem.problem.parkId;
  }
}

export const PARK_LOCATORS = [ConstructionStore, ProjectParks, LeadershipParks, ProblemParks];
