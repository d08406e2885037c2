import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { SESSION_STORE, type Role, type SessionRecord, type SessionStore, type StoredSession } from '@ia/kernel';
import type { Configuration } from '../config/configuration';
import { CLOCK, CONFIGURATION, type Clock } from '../engines/tokens';
import type { Principal } from './principal';
import { newSessionToken, sessionKeyOf } from './session-cookie';

/** Written again at most this often while a session is in use: idle time is exact to within it. */
const TOUCH_EVERY = 60_000;

export type NewSession = Omit<SessionRecord, 'createdAt' | 'lastSeenAt' | 'expiresAt'>;

/** A session found for a request: its key in the store and what it holds. */
export type ActiveSession = StoredSession;

/**
 * Console sessions on the server: made at sign-in, found again from the cookie's token, ended by sign-out,
 * by an idle or absolute limit, or by a change to the account. Every process of a deployment shares the store.
 */
@Injectable()
export class ConsoleSessions implements OnApplicationShutdown {
  private readonly idle: number;
  private readonly absolute: number;

  constructor(
    @Inject(SESSION_STORE) private readonly store: SessionStore & { close?(): Promise<void> },
    @Inject(CONFIGURATION) private readonly configuration: Configuration,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {
    this.idle = configuration.sessions.idleMinutes * 60_000;
    this.absolute = configuration.sessions.absoluteHours * 3_600_000;
  }

  async onApplicationShutdown(): Promise<void> {
    await this.store.close?.();
  }

  async start(session: NewSession): Promise<{ token: string; session: ActiveSession }> {
    const now = this.clock.now();
    const token = newSessionToken();
    const record: SessionRecord = {
      ...session,
      createdAt: now.toISOString(),
      lastSeenAt: now.toISOString(),
      expiresAt: new Date(now.getTime() + this.absolute).toISOString(),
    };
    const key = sessionKeyOf(token);
    await this.save(key, record);
    return { token, session: { key, record } };
  }

  /** The live session of a token; one past either limit is ended and not found. */
  async find(token: string): Promise<ActiveSession | undefined> {
    const key = sessionKeyOf(token);
    const record = await this.store.find(key);
    if (!record) return undefined;
    const now = this.clock.now().getTime();
    if (now >= Date.parse(record.expiresAt) || now >= Date.parse(record.lastSeenAt) + this.idle) {
      await this.store.end(key);
      return undefined;
    }
    if (now - Date.parse(record.lastSeenAt) < TOUCH_EVERY) return { key, record };
    const touched = { ...record, lastSeenAt: new Date(now).toISOString() };
    await this.save(key, touched);
    return { key, record: touched };
  }

  /** Writes a changed session back, keeping its limits. */
  async save(key: string, record: SessionRecord): Promise<void> {
    const now = this.clock.now().getTime();
    const left = Math.min(Date.parse(record.expiresAt) - now, Date.parse(record.lastSeenAt) + this.idle + TOUCH_EVERY - now);
    if (left <= 0) await this.store.end(key);
    else await this.store.save(key, record, left);
  }

  end(key: string): Promise<boolean> {
    return this.store.end(key);
  }

  listOf(accountId: string): Promise<StoredSession[]> {
    return this.store.listOf(accountId);
  }

  /** Ends every session of the account but the one named, if any. */
  async endAllOf(accountId: string, except?: string): Promise<number> {
    const sessions = (await this.store.listOf(accountId)).filter((session) => session.key !== except);
    await Promise.all(sessions.map((session) => this.store.end(session.key)));
    return sessions.length;
  }

  /** When the session ends if nothing more happens: the idle limit or the absolute one, whichever comes first. */
  expiresAt(record: SessionRecord): string {
    return new Date(Math.min(Date.parse(record.expiresAt), Date.parse(record.lastSeenAt) + this.idle)).toISOString();
  }

  /** The principal a session yields looks to every controller exactly like a token's. */
  principalOf(record: SessionRecord): Principal {
    const county = this.configuration.county;
    return {
      id: record.accountId,
      role: record.activeRole as Role,
      parks: record.parks,
      name: record.displayName,
      ...(county !== undefined && { county }),
    };
  }
}
