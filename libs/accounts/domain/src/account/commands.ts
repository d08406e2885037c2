import type { AccountEvent } from './events';
import type { AccountRole, PasswordKind, SignInMethod, SignInPolicy } from './values';

/** A password reaches the domain only sealed: its strength is judged at the edge by `passwordWeaknesses`. */
export interface SealedPassword {
  readonly credentialId: string;
  readonly credential: string;
}

export type AccountCommand =
  | {
      readonly type: 'CreateAccount';
      readonly data: {
        readonly accountId: string;
        readonly username: string;
        readonly displayName: string;
        readonly roles: readonly AccountRole[];
        readonly parks: readonly string[];
        readonly password: SealedPassword;
      };
    }
  /** The whole set an administrator wants: the differences are recorded as grants and withdrawals. */
  | { readonly type: 'SetRoles'; readonly data: { readonly roles: readonly AccountRole[]; readonly by: string } }
  | { readonly type: 'SetParks'; readonly data: { readonly parks: readonly string[] } }
  | { readonly type: 'SetPassword'; readonly data: { readonly password: SealedPassword; readonly kind: PasswordKind } }
  | { readonly type: 'DisableAccount'; readonly data: { readonly by: string } }
  | { readonly type: 'EnableAccount'; readonly data: Record<string, never> }
  | {
      readonly type: 'RecordSignIn';
      readonly data: { readonly at: string; readonly sessionId: string; readonly method: SignInMethod; readonly address?: string };
    }
  | {
      readonly type: 'RecordFailedSignIn';
      readonly data: { readonly at: string; readonly policy: SignInPolicy; readonly address?: string };
    }
  | {
      readonly type: 'RecordProviderSignIn';
      readonly data: Omit<Extract<AccountEvent, { type: 'SignedInThroughProvider' }>['data'], 'accountId'> & { readonly username: string };
    };
