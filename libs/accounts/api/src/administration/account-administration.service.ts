import { Inject, Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import type { CommandContext, CommandResult } from '@ia/kernel';
import { accountErrors, normaliseUsername, USERNAME_PATTERN, type AccountCommand } from '@ia/accounts/domain';
import { CLOCK, ID_GENERATOR, type Clock, type IdGenerator, type Principal } from '@ia/platform';
import { Credentials, oneTimePassword } from '../credentials/credentials';
import { accountContext } from '../shared/account-context';
import { AccountLoader, ExecuteAccountCommand } from '../shared/account-execution';
import { createAccount, type CreatedAccount, type NewAccount } from './create-account';

/** An account id from a path: a user name, or no account at all. */
export function accountIdOf(value: string): string {
  const accountId = normaliseUsername(value);
  if (!USERNAME_PATTERN.test(accountId)) throw accountErrors.notFound();
  return accountId;
}

/** What administrators do to accounts; each change is a fact with its actor and reason. */
@Injectable()
export class AccountAdministration {
  constructor(
    private readonly commands: CommandBus,
    private readonly accounts: AccountLoader,
    private readonly credentials: Credentials,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(ID_GENERATOR) private readonly newId: IdGenerator,
  ) {}

  create(account: NewAccount, by: Principal, reason?: string): Promise<CreatedAccount> {
    const run = (accountId: string, command: AccountCommand, context: CommandContext) =>
      this.commands.execute(new ExecuteAccountCommand(accountId, command, context));
    return createAccount({ run, credentials: this.credentials, newId: this.newId }, account, this.context(by, reason));
  }

  change(accountId: string, command: AccountCommand, by: Principal, reason?: string): Promise<CommandResult> {
    return this.commands.execute(new ExecuteAccountCommand(accountId, command, this.context(by, reason)));
  }

  /** A new one-time password, shown once; the old credential is shredded and the account's sessions end. */
  async resetPassword(accountId: string, by: Principal, reason?: string): Promise<{ oneTimePassword: string; result: CommandResult }> {
    const account = await this.accounts.load(accountId);
    if (account.status === 'none') throw accountErrors.notFound();
    const password = oneTimePassword(account);
    const sealed = await this.credentials.seal(accountId, this.newId(), password);
    const result = await this.change(accountId, { type: 'SetPassword', data: { password: sealed, kind: 'one-time' } }, by, reason);
    if (account.credential) await this.credentials.shred(accountId, account.credential.credentialId);
    return { oneTimePassword: password, result };
  }

  private context(by: Principal, reason: string | undefined) {
    return accountContext({ id: by.id, role: by.role }, this.clock.now(), reason);
  }
}
