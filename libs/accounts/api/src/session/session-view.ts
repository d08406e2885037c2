import type { SessionRecord } from '@ia/kernel';
import type { ConsoleSessions } from '@ia/platform';

/** What the console knows of who is signed in: the contract's SessionView. */
export interface SessionView {
  readonly user: { readonly id: string; readonly username: string; readonly displayName: string };
  readonly role: string;
  readonly roles: readonly string[];
  readonly parks: readonly string[];
  readonly county?: string;
  readonly mustChangePassword: boolean;
  readonly expiresAt: string;
}

export function sessionView(record: SessionRecord, sessions: ConsoleSessions, county: string | undefined): SessionView {
  return {
    user: { id: record.accountId, username: record.username, displayName: record.displayName },
    role: record.activeRole,
    roles: record.roles,
    parks: record.parks,
    ...(county !== undefined && { county }),
    mustChangePassword: record.mustChangePassword,
    expiresAt: sessions.expiresAt(record),
  };
}
