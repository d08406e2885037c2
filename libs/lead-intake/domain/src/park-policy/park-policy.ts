import { assertNever, canonicalJson, type Aggregate } from '@ia/kernel';
import { isValidIndustry } from '@ia/reference';
import { PolicyErrors } from '../errors';
import { industryLabel, type IndustryCode } from '../lead/values';
import type { ParkPolicyRules, ParkPolicySnapshot } from '../screening/rules';

/** A park's screening policy, set as a whole by an administrator; each setting is a new version. */
export type ParkPolicyCommand = {
  readonly type: 'SetParkPolicy';
  readonly data: { readonly parkId: string; readonly rules: ParkPolicyRules };
};

export type ParkPolicyEvent = {
  readonly type: 'ParkPolicySet';
  readonly data: { readonly parkId: string; readonly version: number; readonly rules: ParkPolicyRules };
};

export type ParkPolicyState = { readonly configured: false } | ({ readonly configured: true } & ParkPolicySnapshot);

export function decideParkPolicy(command: ParkPolicyCommand, state: ParkPolicyState): ParkPolicyEvent[] {
  switch (command.type) {
    case 'SetParkPolicy': {
      const rules = checkedRules(command.data.rules);
      if (state.configured && canonicalJson(state.rules) === canonicalJson(rules)) return [];
      const version = state.configured ? state.version + 1 : 1;
      return [{ type: 'ParkPolicySet', data: { parkId: command.data.parkId, version, rules } }];
    }
    default:
      return assertNever(command.type);
  }
}

export function evolveParkPolicy(_state: ParkPolicyState, event: ParkPolicyEvent): ParkPolicyState {
  switch (event.type) {
    case 'ParkPolicySet':
      return { configured: true, ...event.data };
    default:
      return assertNever(event.type);
  }
}

function checkedRules(rules: ParkPolicyRules): ParkPolicyRules {
  const thresholds = {
    minimumInvestmentIntensity: rules.minimumInvestmentIntensity,
    minimumTaxPerMu: rules.minimumTaxPerMu,
    minimumJobs: rules.minimumJobs,
  };
  for (const [field, value] of Object.entries(thresholds)) {
    if (!Number.isSafeInteger(value) || value < 0) throw PolicyErrors.invalidThreshold(field);
  }
  const wanted = rules.wantedIndustries.map(checkedIndustry);
  const excluded = rules.excludedIndustries.map(checkedIndustry);
  const wantedLabels = new Set(wanted.map(industryLabel));
  const conflict = excluded.map(industryLabel).find((label) => wantedLabels.has(label));
  if (conflict !== undefined) throw PolicyErrors.wantedAndExcluded(conflict);
  return { ...rules, wantedIndustries: wanted, excludedIndustries: excluded };
}

function checkedIndustry(industry: IndustryCode): IndustryCode {
  if (!isValidIndustry(industry.section, industry.division)) throw PolicyErrors.invalidIndustry(industryLabel(industry));
  return { section: industry.section.toUpperCase(), ...(industry.division !== undefined && { division: industry.division }) };
}

export const parkPolicyAggregate: Aggregate<ParkPolicyCommand, ParkPolicyEvent, ParkPolicyState> = {
  decider: { initialState: { configured: false }, decide: decideParkPolicy, evolve: evolveParkPolicy },
  correlate: () => ({}),
};

export const PARK_POLICY_CATEGORY = 'parkpolicy';

export function parkPolicySnapshot(state: ParkPolicyState): ParkPolicySnapshot | undefined {
  return state.configured ? { parkId: state.parkId, version: state.version, rules: state.rules } : undefined;
}
