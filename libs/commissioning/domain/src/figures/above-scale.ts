import type { Yuan } from '@ia/reference';

/** Park policy: the revenue that makes an industrial firm above designated size, and the band that counts as near it. */
export interface AboveScalePolicy {
  readonly threshold: Yuan;
  /** A firm not yet entered whose trailing revenue reaches this share of the threshold is near it (准规上). */
  readonly nearPercent: number;
}

export const DEFAULT_ABOVE_SCALE_POLICY: AboveScalePolicy = { threshold: 20_000_000, nearPercent: 80 };

export const SCALE_STATUSES = ['below', 'near', 'candidate', 'entered', 'at_risk'] as const;
export type ScaleStatus = (typeof SCALE_STATUSES)[number];

export function policyProblems(policy: AboveScalePolicy): string[] {
  return [
    !(Number.isSafeInteger(policy.threshold) && policy.threshold > 0) && `threshold must be whole yuan > 0, got ${policy.threshold}`,
    !(Number.isInteger(policy.nearPercent) && policy.nearPercent >= 1 && policy.nearPercent <= 100) &&
      `nearPercent must be a whole percentage from 1 to 100, got ${policy.nearPercent}`,
  ].filter((problem): problem is string => typeof problem === 'string');
}

export function nearThreshold(policy: AboveScalePolicy): Yuan {
  return Math.ceil((policy.threshold * policy.nearPercent) / 100);
}

/** Where a firm stands against the threshold: a candidate awaits entry, an entered firm below it may drop out (易退库). */
export function scaleStatus(trailingRevenue: Yuan, entered: boolean, policy: AboveScalePolicy): ScaleStatus {
  const reaches = trailingRevenue >= policy.threshold;
  if (entered) return reaches ? 'entered' : 'at_risk';
  if (reaches) return 'candidate';
  return trailingRevenue >= nearThreshold(policy) ? 'near' : 'below';
}
