/** The roles a person can hold; `system` is for the suite's own reactions, never for an account. */
export const ACCOUNT_ROLES = ['promoter', 'agent', 'leader', 'admin', 'auditor'] as const;
export type AccountRole = (typeof ACCOUNT_ROLES)[number];

/** Lower-case letters, digits, dots, dashes and underscores: pinyin names and staff numbers (工号) both fit. */
export const USERNAME_PATTERN = /^[a-z0-9][a-z0-9._-]{1,31}$/;

export function normaliseUsername(username: string): string {
  return username.trim().toLowerCase();
}

export function isAccountRole(value: string): value is AccountRole {
  return (ACCOUNT_ROLES as readonly string[]).includes(value);
}

/** How sign-in failures slow down and then lock an account. */
export interface SignInPolicy {
  /** Consecutive failures that lock the account. */
  readonly maxFailures: number;
  readonly lockMinutes: number;
  /** The wait after the first failure, doubled after each further one up to `maxDelaySeconds`. */
  readonly firstDelaySeconds: number;
  readonly maxDelaySeconds: number;
}

export const DEFAULT_SIGN_IN_POLICY: SignInPolicy = { maxFailures: 5, lockMinutes: 15, firstDelaySeconds: 1, maxDelaySeconds: 30 };

/** A one-time password is set by someone else and must be replaced at first sign-in; a chosen one is the holder's own. */
export type PasswordKind = 'one-time' | 'chosen';
export type SignInMethod = 'password' | 'oidc';
