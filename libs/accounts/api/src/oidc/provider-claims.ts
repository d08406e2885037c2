import type jwt from 'jsonwebtoken';
import { isAccountRole, normaliseUsername, USERNAME_PATTERN, type AccountRole } from '@ia/accounts/domain';
import type { OidcSettings } from '@ia/platform';

const PARK_ID = /^[A-Za-z0-9_-]{1,64}$/;

export interface ProviderIdentity {
  readonly username: string;
  readonly displayName: string;
  readonly subject: string;
  readonly roles: readonly AccountRole[];
  readonly parks: readonly string[];
}

export type ClaimsVerdict =
  | { readonly kind: 'accepted'; readonly identity: ProviderIdentity }
  | { readonly kind: 'refused'; readonly reason: 'username' | 'role' | 'parks' };

/** A claim may be a list or a space- or comma-separated string. */
function values(claim: unknown): string[] {
  if (Array.isArray(claim)) return claim.filter((value): value is string => typeof value === 'string');
  if (typeof claim === 'string') return claim.split(/[\s,]+/).filter(Boolean);
  return [];
}

/**
 * The person as the suite knows them, from the ID token's claims as configured: the user name, the name,
 * the roles (through the role map when the provider names them its own way) and the parks. A missing parks
 * claim means the whole county, as a token without parks does; names that are not roles are ignored.
 */
export function identityFromClaims(claims: jwt.JwtPayload, settings: OidcSettings): ClaimsVerdict {
  const username = normaliseUsername(String(claims[settings.claims.username] ?? ''));
  if (!USERNAME_PATTERN.test(username)) return { kind: 'refused', reason: 'username' };
  const mapped = values(claims[settings.claims.roles]).map((name) =>
    Object.keys(settings.roleMap).length > 0 ? settings.roleMap[name] : name,
  );
  const roles = [...new Set(mapped.filter((role): role is AccountRole => role !== undefined && isAccountRole(role)))];
  if (roles.length === 0) return { kind: 'refused', reason: 'role' };
  const parks = values(claims[settings.claims.parks]);
  // A park the suite cannot read is refused, never dropped: dropping the last one would mean the whole county.
  if (!parks.every((park) => PARK_ID.test(park))) return { kind: 'refused', reason: 'parks' };
  const name: unknown = claims[settings.claims.name];
  return {
    kind: 'accepted',
    identity: {
      username,
      displayName: typeof name === 'string' && name.trim() !== '' ? name.trim().slice(0, 64) : username,
      subject: claims.sub as string,
      roles,
      parks: [...new Set(parks)],
    },
  };
}
