import { accountErrors } from '../errors';
import type { AccountCommand } from './commands';
import type { AccountEvent } from './events';
import type { AccountState, ExistingAccount } from './state';
import { USERNAME_PATTERN } from './values';

type CommandOf<Type extends AccountCommand['type']> = Extract<AccountCommand, { type: Type }>;

export function existing(state: AccountState): ExistingAccount {
  if (state.status === 'none') throw accountErrors.notFound();
  return state;
}

export function createAccount(command: CommandOf<'CreateAccount'>, state: AccountState): AccountEvent[] {
  const { accountId, username, displayName, roles, parks, password } = command.data;
  if (state.status !== 'none') throw accountErrors.usernameTaken(username);
  if (!USERNAME_PATTERN.test(username)) throw accountErrors.invalidUsername(username);
  if (roles.length === 0) throw accountErrors.noRole();
  return [
    { type: 'AccountCreated', data: { accountId, username, displayName, roles: [...new Set(roles)], parks: [...new Set(parks)] } },
    { type: 'PasswordSet', data: { accountId, ...password, kind: 'one-time' } },
  ];
}

export function setRoles(command: CommandOf<'SetRoles'>, account: ExistingAccount): AccountEvent[] {
  const wanted = [...new Set(command.data.roles)];
  if (wanted.length === 0) throw accountErrors.noRole();
  const { accountId } = account;
  if (command.data.by === accountId && account.roles.includes('admin') && !wanted.includes('admin'))
    throw accountErrors.ownAdministration();
  return [
    ...wanted
      .filter((role) => !account.roles.includes(role))
      .map((role): AccountEvent => ({ type: 'RoleGranted', data: { accountId, role } })),
    ...account.roles
      .filter((role) => !wanted.includes(role))
      .map((role): AccountEvent => ({ type: 'RoleWithdrawn', data: { accountId, role } })),
  ];
}

/**
 * Grants come before withdrawals, so moving someone from one park to another never passes through an
 * empty list, which would mean the whole county. An empty list asked for is the whole county on purpose.
 */
export function setParks(command: CommandOf<'SetParks'>, account: ExistingAccount): AccountEvent[] {
  const wanted = [...new Set(command.data.parks)];
  const { accountId } = account;
  return [
    ...wanted
      .filter((parkId) => !account.parks.includes(parkId))
      .map((parkId): AccountEvent => ({ type: 'ParkGranted', data: { accountId, parkId } })),
    ...account.parks
      .filter((parkId) => !wanted.includes(parkId))
      .map((parkId): AccountEvent => ({ type: 'ParkWithdrawn', data: { accountId, parkId } })),
  ];
}

export function setPassword(command: CommandOf<'SetPassword'>, account: ExistingAccount): AccountEvent[] {
  return [{ type: 'PasswordSet', data: { accountId: account.accountId, ...command.data.password, kind: command.data.kind } }];
}

export function disable(command: CommandOf<'DisableAccount'>, account: ExistingAccount): AccountEvent[] {
  if (command.data.by === account.accountId) throw accountErrors.ownAdministration();
  return account.status === 'disabled' ? [] : [{ type: 'AccountDisabled', data: { accountId: account.accountId } }];
}

export function enable(account: ExistingAccount): AccountEvent[] {
  return account.status === 'enabled' ? [] : [{ type: 'AccountEnabled', data: { accountId: account.accountId } }];
}
