import { deciderSpec } from '@ia/testing';
import { chosenPassword, created, failed, oneTimePassword, policy, sealed } from '../test-fixtures';
import { accountDecider } from './decider';
import { mustChangePassword, type ExistingAccount } from './state';

const spec = deciderSpec(accountDecider);
const account = [created, oneTimePassword];
const create = (overrides: object = {}) =>
  ({
    type: 'CreateAccount',
    data: {
      accountId: 'zhang.wei',
      username: 'zhang.wei',
      displayName: '张伟',
      roles: ['promoter'],
      parks: ['xiangxiang-edz'],
      password: sealed('c1'),
      ...overrides,
    },
  }) as const;

describe('account', () => {
  describe('creation', () => {
    it('creates the account with a one-time password that must be changed', () => {
      spec.given([]).when(create()).then([created, oneTimePassword]);
      expect(mustChangePassword(spec.given(account).state() as ExistingAccount)).toBe(true);
    });
    it('refuses a user name that is taken', () => {
      spec.given(account).when(create()).thenThrows('ACCOUNT.USERNAME_TAKEN');
    });
    it('refuses a user name that is not one', () => {
      spec
        .given([])
        .when(create({ username: 'Zhang Wei' }))
        .thenThrows('ACCOUNT.INVALID_USERNAME');
    });
    it('refuses an account without a role', () => {
      spec
        .given([])
        .when(create({ roles: [] }))
        .thenThrows('ACCOUNT.NO_ROLE');
    });
  });

  describe('roles', () => {
    it('records the roles granted and withdrawn to reach the wanted set', () => {
      spec
        .given(account)
        .when({ type: 'SetRoles', data: { roles: ['agent', 'leader'], by: 'admin-1' } })
        .then([
          { type: 'RoleGranted', data: { accountId: 'zhang.wei', role: 'agent' } },
          { type: 'RoleGranted', data: { accountId: 'zhang.wei', role: 'leader' } },
          { type: 'RoleWithdrawn', data: { accountId: 'zhang.wei', role: 'promoter' } },
        ]);
    });
    it('records nothing when the set is unchanged', () => {
      spec
        .given(account)
        .when({ type: 'SetRoles', data: { roles: ['promoter'], by: 'admin-1' } })
        .then([]);
    });
    it('refuses to leave an account without a role', () => {
      spec
        .given(account)
        .when({ type: 'SetRoles', data: { roles: [], by: 'admin-1' } })
        .thenThrows('ACCOUNT.NO_ROLE');
    });
    it('refuses an administrator withdrawing their own admin role', () => {
      const admin = [{ ...created, data: { ...created.data, roles: ['admin' as const] } }, oneTimePassword];
      spec
        .given(admin)
        .when({ type: 'SetRoles', data: { roles: ['auditor'], by: 'zhang.wei' } })
        .thenThrows('ACCOUNT.OWN_ADMINISTRATION');
    });
    it('refuses roles of an account that does not exist', () => {
      spec
        .given([])
        .when({ type: 'SetRoles', data: { roles: ['agent'], by: 'admin-1' } })
        .thenThrows('ACCOUNT.NOT_FOUND');
    });
  });

  describe('parks', () => {
    it('grants before it withdraws, so a move between parks never means the whole county', () => {
      spec
        .given(account)
        .when({ type: 'SetParks', data: { parks: ['shaoshan-hitech'] } })
        .then([
          { type: 'ParkGranted', data: { accountId: 'zhang.wei', parkId: 'shaoshan-hitech' } },
          { type: 'ParkWithdrawn', data: { accountId: 'zhang.wei', parkId: 'xiangxiang-edz' } },
        ]);
    });
    it('makes the account county-wide when asked for no park', () => {
      const state = spec.given([...account, { type: 'ParkWithdrawn', data: { accountId: 'zhang.wei', parkId: 'xiangxiang-edz' } }]).state();
      expect((state as ExistingAccount).parks).toEqual([]);
    });
  });

  describe('passwords', () => {
    it('records a chosen password, which no longer needs changing', () => {
      spec
        .given(account)
        .when({ type: 'SetPassword', data: { password: sealed('c2'), kind: 'chosen' } })
        .then([chosenPassword]);
      expect(mustChangePassword(spec.given([...account, chosenPassword]).state() as ExistingAccount)).toBe(false);
    });
    it('lifts a lock when an administrator sets a one-time password', () => {
      const locked = {
        type: 'AccountLocked',
        data: { accountId: 'zhang.wei', at: '2026-03-02T01:00:00Z', until: '2026-03-02T01:15:00Z', failures: 3 },
      } as const;
      const state = spec.given([...account, locked, { ...oneTimePassword, data: { ...oneTimePassword.data, credentialId: 'c3' } }]).state();
      expect((state as ExistingAccount).lockedUntil).toBeUndefined();
    });
  });

  describe('disabling', () => {
    it('disables and enables an account, once each', () => {
      spec
        .given(account)
        .when({ type: 'DisableAccount', data: { by: 'admin-1' } })
        .then([{ type: 'AccountDisabled', data: { accountId: 'zhang.wei' } }]);
      const disabled = [...account, { type: 'AccountDisabled', data: { accountId: 'zhang.wei' } } as const];
      spec
        .given(disabled)
        .when({ type: 'DisableAccount', data: { by: 'admin-1' } })
        .then([]);
      spec
        .given(disabled)
        .when({ type: 'EnableAccount', data: {} })
        .then([{ type: 'AccountEnabled', data: { accountId: 'zhang.wei' } }]);
      spec.given(account).when({ type: 'EnableAccount', data: {} }).then([]);
    });
    it('refuses an administrator disabling their own account', () => {
      spec
        .given(account)
        .when({ type: 'DisableAccount', data: { by: 'zhang.wei' } })
        .thenThrows('ACCOUNT.OWN_ADMINISTRATION');
    });
  });

  describe('sign-in', () => {
    const signIn = (at: string) => ({ type: 'RecordSignIn', data: { at, sessionId: 's1', method: 'password' } }) as const;
    const failure = (at: string) => ({ type: 'RecordFailedSignIn', data: { at, policy } }) as const;

    it('records a sign-in and forgets earlier failures', () => {
      spec
        .given([...account, failed('2026-03-02T01:00:00.000Z', 1)])
        .when(signIn('2026-03-02T01:00:05.000Z'))
        .then([
          {
            type: 'SignInSucceeded',
            data: { accountId: 'zhang.wei', at: '2026-03-02T01:00:05.000Z', sessionId: 's1', method: 'password' },
          },
        ]);
    });
    it('refuses a sign-in to a disabled account', () => {
      spec
        .given([...account, { type: 'AccountDisabled', data: { accountId: 'zhang.wei' } }])
        .when(signIn('2026-03-02T01:00:00.000Z'))
        .thenThrows('ACCOUNT.DISABLED');
    });
    it('counts consecutive failures and locks at the policy’s limit', () => {
      spec
        .given(account)
        .when(failure('2026-03-02T01:00:00.000Z'))
        .then([failed('2026-03-02T01:00:00.000Z', 1)]);
      spec
        .given([...account, failed('2026-03-02T01:00:00.000Z', 1), failed('2026-03-02T01:00:02.000Z', 2)])
        .when(failure('2026-03-02T01:00:10.000Z'))
        .then([
          failed('2026-03-02T01:00:10.000Z', 3),
          {
            type: 'AccountLocked',
            data: { accountId: 'zhang.wei', at: '2026-03-02T01:00:10.000Z', until: '2026-03-02T01:15:10.000Z', failures: 3 },
          },
        ]);
    });
    it('refuses a sign-in while locked, and records no failure then', () => {
      const locked = [
        ...account,
        {
          type: 'AccountLocked',
          data: { accountId: 'zhang.wei', at: '2026-03-02T01:00:00.000Z', until: '2026-03-02T01:15:00.000Z', failures: 3 },
        } as const,
      ];
      spec.given(locked).when(signIn('2026-03-02T01:10:00.000Z')).thenThrows('ACCOUNT.LOCKED');
      spec.given(locked).when(failure('2026-03-02T01:10:00.000Z')).then([]);
      spec
        .given(locked)
        .when(failure('2026-03-02T01:16:00.000Z'))
        .then([failed('2026-03-02T01:16:00.000Z', 1)]);
    });
    it('starts the count over when the last failure is older than a lock', () => {
      spec
        .given([...account, failed('2026-03-02T01:00:00.000Z', 1), failed('2026-03-02T01:00:02.000Z', 2)])
        .when(failure('2026-03-02T02:00:00.000Z'))
        .then([failed('2026-03-02T02:00:00.000Z', 1)]);
    });
  });

  describe('sign-in through the identity provider', () => {
    const through = (roles: readonly ('promoter' | 'leader')[]) =>
      ({
        type: 'RecordProviderSignIn',
        data: {
          username: 'zhang.wei',
          sessionId: 's2',
          at: '2026-03-02T01:00:00.000Z',
          issuer: 'https://idp.example',
          subject: 'u-1',
          displayName: '张伟',
          roles,
          parks: [],
        },
      }) as const;

    it('records who the provider vouched for and what its claims granted, with or without a local account', () => {
      const [event] = spec
        .given([])
        .when(through(['leader']))
        .events();
      expect(event).toEqual({
        type: 'SignedInThroughProvider',
        data: {
          accountId: 'zhang.wei',
          sessionId: 's2',
          at: '2026-03-02T01:00:00.000Z',
          issuer: 'https://idp.example',
          subject: 'u-1',
          displayName: '张伟',
          roles: ['leader'],
          parks: [],
        },
      });
      const state = spec.given([...account, event!]).state() as ExistingAccount;
      expect(state).toMatchObject({ roles: ['leader'], parks: [], status: 'enabled' });
    });
    it('refuses a person whose account is disabled here, and claims that grant no role', () => {
      spec
        .given([...account, { type: 'AccountDisabled', data: { accountId: 'zhang.wei' } }])
        .when(through(['leader']))
        .thenThrows('ACCOUNT.DISABLED');
      spec.given([]).when(through([])).thenThrows('ACCOUNT.NO_ROLE');
    });
  });
});
