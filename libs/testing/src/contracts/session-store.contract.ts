import type { SessionRecord, SessionStore } from '@ia/kernel';

export interface SessionStoreHarness {
  readonly sessions: SessionStore;
  dispose(): Promise<void>;
}

export function sessionRecord(overrides: Partial<SessionRecord> = {}): SessionRecord {
  return {
    sessionId: `session-${Math.random().toString(36).slice(2)}`,
    accountId: 'zhang.wei',
    username: 'zhang.wei',
    displayName: '张伟',
    roles: ['promoter', 'leader'],
    activeRole: 'promoter',
    parks: ['xiangxiang-edz'],
    mustChangePassword: false,
    method: 'password',
    accountPosition: 1,
    createdAt: '2026-03-02T01:00:00.000Z',
    lastSeenAt: '2026-03-02T01:00:00.000Z',
    expiresAt: '2026-03-02T13:00:00.000Z',
    ...overrides,
  };
}

export function sessionStoreContract(
  name: string,
  open: () => Promise<SessionStoreHarness>,
  describeOrSkip: jest.Describe = describe,
): void {
  describeOrSkip(`SessionStore contract: ${name}`, () => {
    let harness: SessionStoreHarness;
    const key = () => `key-${Math.random().toString(36).slice(2)}`;
    beforeEach(async () => {
      harness = await open();
    });
    afterEach(() => harness.dispose());

    it('finds a saved session by its key, and a replaced one as replaced', async () => {
      const first = key();
      const record = sessionRecord();
      expect(await harness.sessions.find(first)).toBeUndefined();
      await harness.sessions.save(first, record, 60_000);
      expect(await harness.sessions.find(first)).toEqual(record);
      const touched = { ...record, lastSeenAt: '2026-03-02T02:00:00.000Z', activeRole: 'leader' };
      await harness.sessions.save(first, touched, 60_000);
      expect(await harness.sessions.find(first)).toEqual(touched);
    });

    it('ends a session at once, and only that one', async () => {
      const [one, two] = [key(), key()];
      await harness.sessions.save(one, sessionRecord(), 60_000);
      await harness.sessions.save(two, sessionRecord(), 60_000);
      expect(await harness.sessions.end(one)).toBe(true);
      expect(await harness.sessions.find(one)).toBeUndefined();
      expect(await harness.sessions.end(one)).toBe(false);
      expect(await harness.sessions.find(two)).toBeDefined();
    });

    it('lists the sessions of one account only', async () => {
      const accountId = `account-${Math.random().toString(36).slice(2)}`;
      const [one, two, other] = [key(), key(), key()];
      await harness.sessions.save(one, sessionRecord({ accountId }), 60_000);
      await harness.sessions.save(two, sessionRecord({ accountId }), 60_000);
      await harness.sessions.save(other, sessionRecord({ accountId: `${accountId}-other` }), 60_000);
      expect((await harness.sessions.listOf(accountId)).map((session) => session.key).sort()).toEqual([one, two].sort());
      await harness.sessions.end(two);
      expect((await harness.sessions.listOf(accountId)).map((session) => session.key)).toEqual([one]);
    });

    it('forgets a session once its time to live has passed', async () => {
      const accountId = `account-${Math.random().toString(36).slice(2)}`;
      const short = key();
      await harness.sessions.save(short, sessionRecord({ accountId }), 150);
      expect(await harness.sessions.find(short)).toBeDefined();
      await new Promise((resolve) => setTimeout(resolve, 400));
      expect(await harness.sessions.find(short)).toBeUndefined();
      expect(await harness.sessions.listOf(accountId)).toEqual([]);
      expect(await harness.sessions.end(short)).toBe(false);
    });
  });
}
