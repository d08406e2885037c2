import { assertNever, type Aggregate, type Decider } from '@ia/kernel';
import type { AccountCommand } from './commands';
import { createAccount, disable, enable, existing, setParks, setPassword, setRoles } from './decide-administration';
import { recordFailedSignIn, recordProviderSignIn, recordSignIn } from './decide-sign-in';
import type { AccountEvent } from './events';
import type { AccountState, ExistingAccount } from './state';

type LaterEvent = Exclude<AccountEvent, { type: 'AccountCreated' | 'SignedInThroughProvider' }>;

const evolveExisting = (account: ExistingAccount, event: LaterEvent): ExistingAccount => {
  switch (event.type) {
    case 'RoleGranted':
      return { ...account, roles: [...account.roles, event.data.role] };
    case 'RoleWithdrawn':
      return { ...account, roles: account.roles.filter((role) => role !== event.data.role) };
    case 'ParkGranted':
      return { ...account, parks: [...account.parks, event.data.parkId] };
    case 'ParkWithdrawn':
      return { ...account, parks: account.parks.filter((parkId) => parkId !== event.data.parkId) };
    case 'PasswordSet': {
      const { credentialId, credential, kind } = event.data;
      const { lockedUntil: _lock, ...rest } = account;
      // A password set by an administrator is how a locked-out person gets back in; one set by the holder proved they know the old one.
      const base = kind === 'one-time' ? rest : account;
      return { ...base, failures: { count: 0 }, credential: { credentialId, credential, kind } };
    }
    case 'AccountDisabled':
      return { ...account, status: 'disabled' };
    case 'AccountEnabled':
      return { ...account, status: 'enabled' };
    case 'SignInSucceeded': {
      const { lockedUntil: _lock, ...rest } = account;
      return { ...rest, failures: { count: 0 } };
    }
    case 'SignInFailed':
      return { ...account, failures: { count: event.data.consecutiveFailures, lastAt: event.data.at } };
    case 'AccountLocked':
      return { ...account, lockedUntil: event.data.until, failures: { count: 0 } };
    default:
      return assertNever(event);
  }
};

export const accountDecider: Decider<AccountCommand, AccountEvent, AccountState> = {
  initialState: { status: 'none' },
  decide(command, state) {
    switch (command.type) {
      case 'CreateAccount':
        return createAccount(command, state);
      case 'SetRoles':
        return setRoles(command, existing(state));
      case 'SetParks':
        return setParks(command, existing(state));
      case 'SetPassword':
        return setPassword(command, existing(state));
      case 'DisableAccount':
        return disable(command, existing(state));
      case 'EnableAccount':
        return enable(existing(state));
      case 'RecordSignIn':
        return recordSignIn(command, existing(state));
      case 'RecordFailedSignIn':
        return recordFailedSignIn(command, existing(state));
      case 'RecordProviderSignIn':
        return recordProviderSignIn(command, state);
      default:
        return assertNever(command);
    }
  },
  evolve(state, event) {
    if (event.type === 'AccountCreated') return { status: 'enabled', ...event.data, failures: { count: 0 } };
    if (event.type === 'SignedInThroughProvider') {
      const { accountId, displayName, roles, parks } = event.data;
      const base = state.status === 'none' ? { status: 'enabled' as const, accountId, username: accountId, failures: { count: 0 } } : state;
      return { ...base, displayName, roles, parks };
    }
    return state.status === 'none' ? state : evolveExisting(state, event);
  },
};

/** One stream per account, named by its user name: the store itself keeps user names unique. */
export const accountStream = (accountId: string) => `account-${accountId}`;
export const ACCOUNT_CATEGORY = 'account';

export const accountAggregate: Aggregate<AccountCommand, AccountEvent, AccountState> = {
  decider: accountDecider,
  correlate: () => ({}),
};
