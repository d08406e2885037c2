/**
 * A signed-in person's session as the server keeps it: the cookie holds only a random token, and the
 * store knows the session under a hash of that token, so a copy of the store signs nobody in.
 */
export interface SessionRecord {
  /** Public id of the session: in events and logs, never usable as a credential. */
  readonly sessionId: string;
  readonly accountId: string;
  readonly username: string;
  readonly displayName: string;
  /** Every role the account holds, and the one it acts in now. */
  readonly roles: readonly string[];
  readonly activeRole: string;
  /** Parks the holder works for; empty means the whole county. */
  readonly parks: readonly string[];
  readonly county?: string;
  readonly mustChangePassword: boolean;
  readonly method: 'password' | 'oidc';
  /** Position in the log of the account fact the session was made from: only later facts revise it. */
  readonly accountPosition: number;
  readonly createdAt: string;
  readonly lastSeenAt: string;
  /** The absolute end: no activity extends it. */
  readonly expiresAt: string;
}

export interface StoredSession {
  readonly key: string;
  readonly record: SessionRecord;
}

/** Where sessions live, so that every process of a deployment sees a sign-out or a disabled account at once. */
export interface SessionStore {
  /** Creates or replaces the session; the store may forget it once `timeToLiveMilliseconds` have passed. */
  save(key: string, record: SessionRecord, timeToLiveMilliseconds: number): Promise<void>;
  find(key: string): Promise<SessionRecord | undefined>;
  /** True when there was such a session. */
  end(key: string): Promise<boolean>;
  /** The sessions an account holds now, to end or revise them when the account changes. */
  listOf(accountId: string): Promise<StoredSession[]>;
}

export const SESSION_STORE = Symbol('SessionStore');
