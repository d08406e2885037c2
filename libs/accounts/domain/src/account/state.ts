import type { AccountRole, PasswordKind } from './values';

export interface Credential {
  readonly credentialId: string;
  readonly credential: string;
  readonly kind: PasswordKind;
}

export interface ExistingAccount {
  readonly status: 'enabled' | 'disabled';
  readonly accountId: string;
  readonly username: string;
  readonly displayName: string;
  readonly roles: readonly AccountRole[];
  /** Empty: the whole county. */
  readonly parks: readonly string[];
  readonly credential?: Credential;
  /** Failures since the last success or lock, and when the last one was. */
  readonly failures: { readonly count: number; readonly lastAt?: string };
  readonly lockedUntil?: string;
}

export type AccountState = { readonly status: 'none' } | ExistingAccount;

export const mustChangePassword = (account: ExistingAccount): boolean => account.credential?.kind === 'one-time';
