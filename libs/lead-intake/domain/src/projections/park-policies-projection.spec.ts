import { createMemoryReadModelStore } from '@ia/adapters/memory';
import { policy, recorded } from '../test-support/fixtures';
import { PARK_POLICIES_COLLECTION } from './lead-view';
import { parkPoliciesProjection } from './park-policies-projection';

describe('the park policies read model', () => {
  it('keeps the newest version of each park’s policy, with who set it and when', async () => {
    const readModels = createMemoryReadModelStore();
    const set = (version: number, minimumJobs: number) =>
      recorded(
        'ParkPolicySet',
        { parkId: policy.parkId, version, rules: { ...policy.rules, minimumJobs } },
        { streamName: `parkpolicy-${policy.parkId}`, revision: version - 1 },
      );
    await parkPoliciesProjection.apply(set(1, 100), readModels);
    await parkPoliciesProjection.apply(set(2, 200), readModels);
    await parkPoliciesProjection.apply(set(1, 100), readModels);
    expect(await readModels.get(PARK_POLICIES_COLLECTION, policy.parkId)).toEqual({
      parkId: policy.parkId,
      version: 2,
      rules: { ...policy.rules, minimumJobs: 200 },
      setAt: '2026-03-02T02:00:00.000Z',
      setBy: 'alice',
    });
  });
});
