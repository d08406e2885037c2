import { accountErrors } from '../errors';
import type { AccountCommand } from './commands';
import type { AccountEvent } from './events';
import { countedFailures } from './sign-in';
import type { AccountState, ExistingAccount } from './state';

type CommandOf<Type extends AccountCommand['type']> = Extract<AccountCommand, { type: Type }>;

export function recordSignIn(command: CommandOf<'RecordSignIn'>, account: ExistingAccount): AccountEvent[] {
  if (account.status === 'disabled') throw accountErrors.disabled();
  const { lockedUntil } = account;
  if (lockedUntil !== undefined && Date.parse(lockedUntil) > Date.parse(command.data.at)) throw accountErrors.locked(lockedUntil);
  return [{ type: 'SignInSucceeded', data: { accountId: account.accountId, ...command.data } }];
}

/** Each failure counts; the one that reaches the policy's limit locks the account and starts the count over. */
export function recordFailedSignIn(command: CommandOf<'RecordFailedSignIn'>, account: ExistingAccount): AccountEvent[] {
  const { at, policy, address } = command.data;
  const { accountId } = account;
  if (account.lockedUntil !== undefined && Date.parse(account.lockedUntil) > Date.parse(at)) return [];
  const consecutiveFailures = countedFailures(account, at, policy) + 1;
  const failed: AccountEvent = {
    type: 'SignInFailed',
    data: { accountId, at, consecutiveFailures, ...(address !== undefined && { address }) },
  };
  if (consecutiveFailures < policy.maxFailures) return [failed];
  const until = new Date(Date.parse(at) + policy.lockMinutes * 60_000).toISOString();
  return [failed, { type: 'AccountLocked', data: { accountId, at, until, failures: consecutiveFailures } }];
}

/** The provider vouches for the person and says what they may do; only an account disabled here refuses them. */
export function recordProviderSignIn(command: CommandOf<'RecordProviderSignIn'>, state: AccountState): AccountEvent[] {
  if (state.status === 'disabled') throw accountErrors.disabled();
  const { username, ...data } = command.data;
  if (data.roles.length === 0) throw accountErrors.noRole();
  return [{ type: 'SignedInThroughProvider', data: { accountId: username, ...data } }];
}
