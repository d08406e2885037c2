import { ConfigurationError } from '@ia/platform';
import { DEFAULT_ABOVE_SCALE_POLICY, policyProblems, type AboveScalePolicy } from '@ia/commissioning/domain';

export const ABOVE_SCALE_POLICY = Symbol('AboveScalePolicy');

/** The park's threshold and near band from the environment; a wrong value stops the service at start, naming the variable. */
export function loadAboveScalePolicy(environment: Readonly<Record<string, string | undefined>>): AboveScalePolicy {
  const problems: string[] = [];
  const whole = (name: string, fallback: number) => {
    const raw = environment[name]?.trim();
    if (raw === undefined || raw === '') return fallback;
    if (!/^\d{1,15}$/.test(raw)) {
      problems.push(`${name}: expected a whole number, got "${raw}"`);
      return fallback;
    }
    return Number(raw);
  };
  const policy = {
    threshold: whole('IA_ABOVE_SCALE_THRESHOLD_YUAN', DEFAULT_ABOVE_SCALE_POLICY.threshold),
    nearPercent: whole('IA_ABOVE_SCALE_NEAR_PERCENT', DEFAULT_ABOVE_SCALE_POLICY.nearPercent),
  };
  problems.push(...policyProblems(policy).map((problem) => `IA_ABOVE_SCALE_*: ${problem}`));
  if (problems.length > 0) throw new ConfigurationError(problems);
  return policy;
}
