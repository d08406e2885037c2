import { streamCategory, type Projection } from '@ia/kernel';
import { PARK_POLICY_CATEGORY, type ParkPolicyEvent } from '../park-policy/park-policy';
import type { ParkPolicySnapshot } from '../screening/rules';
import { PARK_POLICIES_COLLECTION } from './lead-view';

export interface ParkPolicyView extends ParkPolicySnapshot {
  readonly setAt: string;
  readonly setBy: string;
}

export const parkPoliciesProjection: Projection = {
  name: 'lead-intake.park-policies',
  collections: [PARK_POLICIES_COLLECTION],
  categories: [PARK_POLICY_CATEGORY],
  async apply(recorded, readModels) {
    if (streamCategory(recorded.streamName) !== PARK_POLICY_CATEGORY || recorded.type !== 'ParkPolicySet') return;
    const { data } = recorded as unknown as ParkPolicyEvent;
    const current = await readModels.get<ParkPolicyView>(PARK_POLICIES_COLLECTION, data.parkId);
    if (current && current.version >= data.version) return;
    await readModels.put<ParkPolicyView>(PARK_POLICIES_COLLECTION, data.parkId, {
      ...data,
      setAt: recorded.metadata.occurredAt,
      setBy: recorded.metadata.actor.id,
    });
  },
};
