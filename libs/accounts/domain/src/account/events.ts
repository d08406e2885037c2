import type { AccountRole, PasswordKind, SignInMethod } from './values';

/**
 * What happened to an account: who could do what, and when. A password appears only as a sealed
 * credential (its hash encrypted under a key of its own), which no view shows and no topic carries.
 */
export type AccountEvent =
  | {
      readonly type: 'AccountCreated';
      readonly data: {
        readonly accountId: string;
        readonly username: string;
        readonly displayName: string;
        readonly roles: readonly AccountRole[];
        readonly parks: readonly string[];
      };
    }
  | { readonly type: 'RoleGranted'; readonly data: { readonly accountId: string; readonly role: AccountRole } }
  | { readonly type: 'RoleWithdrawn'; readonly data: { readonly accountId: string; readonly role: AccountRole } }
  | { readonly type: 'ParkGranted'; readonly data: { readonly accountId: string; readonly parkId: string } }
  | { readonly type: 'ParkWithdrawn'; readonly data: { readonly accountId: string; readonly parkId: string } }
  | {
      readonly type: 'PasswordSet';
      readonly data: {
        readonly accountId: string;
        readonly credentialId: string;
        readonly credential: string;
        readonly kind: PasswordKind;
      };
    }
  | { readonly type: 'AccountDisabled'; readonly data: { readonly accountId: string } }
  | { readonly type: 'AccountEnabled'; readonly data: { readonly accountId: string } }
  | {
      readonly type: 'SignInSucceeded';
      readonly data: {
        readonly accountId: string;
        readonly sessionId: string;
        readonly method: SignInMethod;
        readonly at: string;
        /** The address the request came from, as sign-in logs of government systems record it. */
        readonly address?: string;
      };
    }
  | {
      readonly type: 'SignInFailed';
      readonly data: { readonly accountId: string; readonly at: string; readonly consecutiveFailures: number };
    }
  /**
   * A sign-in through the county's identity provider, with the roles and parks its claims gave at that moment:
   * the provider decides who may do what, and this records what it decided and when.
   */
  | {
      readonly type: 'SignedInThroughProvider';
      readonly data: {
        readonly accountId: string;
        readonly sessionId: string;
        readonly at: string;
        readonly issuer: string;
        readonly subject: string;
        readonly displayName: string;
        readonly roles: readonly AccountRole[];
        readonly parks: readonly string[];
        readonly address?: string;
      };
    }
  | {
      readonly type: 'AccountLocked';
      readonly data: { readonly accountId: string; readonly at: string; readonly until: string; readonly failures: number };
    };

export type AccountEventType = AccountEvent['type'];
