import { deciderSpec } from '@ia/testing';
import { policy } from '../test-support/fixtures';
import { parkPolicyAggregate, parkPolicySnapshot, type ParkPolicyCommand, type ParkPolicyEvent } from './park-policy';
import type { ParkPolicyRules } from '../screening/rules';

const spec = deciderSpec(parkPolicyAggregate.decider);
const set = (rules: Partial<ParkPolicyRules> = {}): ParkPolicyCommand => ({
  type: 'SetParkPolicy',
  data: { parkId: 'xiangxiang-edz', rules: { ...policy.rules, ...rules } },
});
const first: ParkPolicyEvent = { type: 'ParkPolicySet', data: { parkId: 'xiangxiang-edz', version: 1, rules: policy.rules } };

describe('a park policy', () => {
  it('is set as version 1, then each change is the next version', () => {
    spec.given([]).when(set()).then([first]);
    spec
      .given([first])
      .when(set({ minimumJobs: 50 }))
      .then([{ type: 'ParkPolicySet', data: { parkId: 'xiangxiang-edz', version: 2, rules: { ...policy.rules, minimumJobs: 50 } } }]);
  });

  it('records nothing when the rules did not change', () => {
    spec.given([first]).when(set()).then([]);
  });

  it('gives the snapshot screening uses, or none before it is set', () => {
    expect(parkPolicySnapshot(spec.given([]).state())).toBeUndefined();
    expect(parkPolicySnapshot(spec.given([first]).state())).toEqual({ parkId: 'xiangxiang-edz', version: 1, rules: policy.rules });
  });

  it('refuses an unknown industry code', () => {
    const error = spec
      .given([])
      .when(set({ wantedIndustries: [{ section: 'A', division: '38' }] }))
      .thenThrows('POLICY.INVALID_INDUSTRY');
    expect(error.detail).toContain('A38');
  });

  it('refuses an industry both wanted and excluded', () => {
    spec
      .given([])
      .when(set({ excludedIndustries: [{ section: 'C', division: '38' }] }))
      .thenThrows('POLICY.WANTED_AND_EXCLUDED');
  });

  it('refuses a threshold that is negative or fractional', () => {
    spec
      .given([])
      .when(set({ minimumTaxPerMu: -1 }))
      .thenThrows('POLICY.INVALID_THRESHOLD');
    spec
      .given([])
      .when(set({ minimumInvestmentIntensity: 150.5 }))
      .thenThrows('POLICY.INVALID_THRESHOLD');
  });
});
