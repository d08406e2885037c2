import { assertNever } from '@ia/kernel';
import type { AccountEvent } from './events';

/** What a session holds of its account, and what a later fact about the account does to it. */
export interface SessionGrants {
  readonly roles: readonly string[];
  readonly activeRole: string;
  readonly parks: readonly string[];
}

export type SessionRevision =
  { readonly kind: 'keep' } | { readonly kind: 'end' } | { readonly kind: 'revise'; readonly grants: SessionGrants };

const KEEP: SessionRevision = { kind: 'keep' };
const END: SessionRevision = { kind: 'end' };

/**
 * A session follows its account at once: disabled, locked or given a password by someone else, it ends;
 * a withdrawn active role ends it too (the person signs in again and picks another); other grants and
 * withdrawals change what the session may do from its next request on.
 */
export function reviseSession(grants: SessionGrants, event: AccountEvent): SessionRevision {
  switch (event.type) {
    case 'AccountDisabled':
    case 'AccountLocked':
      return END;
    case 'PasswordSet':
      return event.data.kind === 'one-time' ? END : KEEP;
    case 'RoleWithdrawn':
      if (event.data.role === grants.activeRole) return END;
      return { kind: 'revise', grants: { ...grants, roles: grants.roles.filter((role) => role !== event.data.role) } };
    case 'RoleGranted':
      return grants.roles.includes(event.data.role)
        ? KEEP
        : { kind: 'revise', grants: { ...grants, roles: [...grants.roles, event.data.role] } };
    case 'ParkGranted':
      return grants.parks.includes(event.data.parkId)
        ? KEEP
        : { kind: 'revise', grants: { ...grants, parks: [...grants.parks, event.data.parkId] } };
    case 'ParkWithdrawn':
      return { kind: 'revise', grants: { ...grants, parks: grants.parks.filter((parkId) => parkId !== event.data.parkId) } };
    case 'AccountCreated':
    case 'AccountEnabled':
    case 'SignInSucceeded':
    case 'SignInFailed':
    case 'SignedInThroughProvider':
      return KEEP;
    default:
      return assertNever(event);
  }
}
