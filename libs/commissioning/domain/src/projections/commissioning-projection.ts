import { streamCategory, streamId, type Projection, type ReadModelStore } from '@ia/kernel';
import { COMMISSIONING_CATEGORY } from '../commissioning/decider';
import type { CommissioningEvent } from '../commissioning/events';
import { evolveCommissioning, initialCommissioningState, parkOfCommissioning, type CommissioningState } from '../commissioning/state';

export const COMMISSIONING_PROJECTS = 'commissioning.projects';

export interface CommissioningRecord {
  /** The last global position folded in: a redelivered event is skipped, which keeps `apply` idempotent. */
  readonly position: number;
  /** The project's park, on top where the store's park index finds it; absent until signing tells it. */
  readonly parkId?: string;
  readonly state: CommissioningState;
}

/** One document per project: the same fold of the same events as the decider's. */
export const commissioningProjection: Projection = {
  name: 'commissioning.projects',
  collections: [COMMISSIONING_PROJECTS],
  categories: [COMMISSIONING_CATEGORY],
  indexes: { [COMMISSIONING_PROJECTS]: ['parkId'] },
  // 2: the park copied to the top of each document, for the index.
  version: 2,
  async apply(event, readModels) {
    if (streamCategory(event.streamName) !== COMMISSIONING_CATEGORY) return;
    const projectId = streamId(event.streamName);
    const record = await readModels.get<CommissioningRecord>(COMMISSIONING_PROJECTS, projectId);
    if (record && record.position >= event.position) return;
    const domainEvent = { type: event.type, data: event.data } as CommissioningEvent;
    const state = evolveCommissioning(record?.state ?? initialCommissioningState, domainEvent);
    const parkId = parkOfCommissioning(state);
    await readModels.put<CommissioningRecord>(COMMISSIONING_PROJECTS, projectId, {
      position: event.position,
      ...(parkId !== undefined && { parkId }),
      state,
    });
  },
};

export async function findCommissioning(readModels: ReadModelStore, projectId: string): Promise<CommissioningState | undefined> {
  return (await readModels.get<CommissioningRecord>(COMMISSIONING_PROJECTS, projectId))?.state;
}

export async function listCommissioning(readModels: ReadModelStore): Promise<CommissioningState[]> {
  return (await readModels.list<CommissioningRecord>(COMMISSIONING_PROJECTS)).map((record) => record.state);
}
