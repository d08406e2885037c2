import { fold } from '@ia/kernel';
import { created, failed, oneTimePassword, policy } from '../test-fixtures';
import { accountDecider } from './decider';
import type { AccountEvent } from './events';
import { delayAfter, signInVerdict } from './sign-in';
import type { ExistingAccount } from './state';

const accountAfter = (events: readonly AccountEvent[]) => fold(accountDecider, [created, oneTimePassword, ...events]) as ExistingAccount;

describe('sign-in verdict', () => {
  it('doubles the wait after each failure, up to a ceiling', () => {
    expect([0, 1, 2, 3, 4, 9].map((failures) => delayAfter(failures, policy))).toEqual([0, 1, 2, 4, 8, 30]);
  });

  it('lets a first attempt through', () => {
    expect(signInVerdict(accountAfter([]), '2026-03-02T01:00:00.000Z', policy)).toEqual({ kind: 'open' });
  });

  it('makes an attempt wait out the delay of the failures before it', () => {
    const account = accountAfter([failed('2026-03-02T01:00:00.000Z', 1), failed('2026-03-02T01:00:01.000Z', 2)]);
    expect(signInVerdict(account, '2026-03-02T01:00:02.000Z', policy)).toEqual({ kind: 'throttled', retryAfterSeconds: 1 });
    expect(signInVerdict(account, '2026-03-02T01:00:03.000Z', policy)).toEqual({ kind: 'open' });
  });

  it('refuses every attempt while locked and says how long is left', () => {
    const account = accountAfter([
      {
        type: 'AccountLocked',
        data: { accountId: 'zhang.wei', at: '2026-03-02T01:00:00.000Z', until: '2026-03-02T01:15:00.000Z', failures: 3 },
      },
    ]);
    expect(signInVerdict(account, '2026-03-02T01:05:00.000Z', policy)).toEqual({
      kind: 'locked',
      until: '2026-03-02T01:15:00.000Z',
      retryAfterSeconds: 600,
    });
    expect(signInVerdict(account, '2026-03-02T01:15:00.000Z', policy)).toEqual({ kind: 'open' });
  });
});
