import type { ExistingAccount } from './state';
import type { SignInPolicy } from './values';

export type SignInVerdict =
  | { readonly kind: 'open' }
  /** Locked after too many failures: no password is checked until the lock ends. */
  | { readonly kind: 'locked'; readonly until: string; readonly retryAfterSeconds: number }
  /** Too soon after a failure: each failure makes the next attempt wait longer. */
  | { readonly kind: 'throttled'; readonly retryAfterSeconds: number };

const seconds = (milliseconds: number) => Math.max(1, Math.ceil(milliseconds / 1000));

/** The wait after `failures` consecutive failures: 1 s, 2 s, 4 s … up to the policy's ceiling. */
export function delayAfter(failures: number, policy: SignInPolicy): number {
  if (failures <= 0) return 0;
  return Math.min(policy.firstDelaySeconds * 2 ** (failures - 1), policy.maxDelaySeconds);
}

/** Failures older than a lock's length no longer count: a typo last week does not bring a lock closer today. */
export function countedFailures(account: ExistingAccount, at: string, policy: SignInPolicy): number {
  const { count, lastAt } = account.failures;
  if (count === 0 || lastAt === undefined) return 0;
  return Date.parse(at) - Date.parse(lastAt) > policy.lockMinutes * 60_000 ? 0 : count;
}

/** Whether a password may be tried now. */
export function signInVerdict(account: ExistingAccount, at: string, policy: SignInPolicy): SignInVerdict {
  const now = Date.parse(at);
  if (account.lockedUntil !== undefined && Date.parse(account.lockedUntil) > now) {
    return { kind: 'locked', until: account.lockedUntil, retryAfterSeconds: seconds(Date.parse(account.lockedUntil) - now) };
  }
  const failures = countedFailures(account, at, policy);
  if (failures === 0 || account.failures.lastAt === undefined) return { kind: 'open' };
  const notBefore = Date.parse(account.failures.lastAt) + delayAfter(failures, policy) * 1000;
  return notBefore > now ? { kind: 'throttled', retryAfterSeconds: seconds(notBefore - now) } : { kind: 'open' };
}
