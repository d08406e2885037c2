import { Inject, Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import type { Role } from '@ia/kernel';
import { accountErrors, passwordWeaknesses } from '@ia/accounts/domain';
import { CLOCK, ConsoleSessions, ID_GENERATOR, type ActiveSession, type Clock, type IdGenerator } from '@ia/platform';
import { Credentials } from '../credentials/credentials';
import { accountContext } from '../shared/account-context';
import { AccountLoader, ExecuteAccountCommand } from '../shared/account-execution';
import { authProblems } from '../shared/auth-problems';
import { SignIn } from './sign-in.service';

/**
 * The holder changes their own password: the current one proves it is them (a wrong one counts as a failed
 * sign-in), the new one must meet every rule, the replaced credential is shredded, and every other session
 * of the account ends.
 */
@Injectable()
export class PasswordChange {
  constructor(
    private readonly accounts: AccountLoader,
    private readonly commands: CommandBus,
    private readonly sessions: ConsoleSessions,
    private readonly credentials: Credentials,
    private readonly signIn: SignIn,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(ID_GENERATOR) private readonly newId: IdGenerator,
  ) {}

  async change(session: ActiveSession, currentPassword: string, newPassword: string, address: string | undefined): Promise<void> {
    const { record } = session;
    const account = await this.accounts.load(record.accountId);
    const now = this.clock.now();
    if (account.status === 'none') throw authProblems.invalidCredentials();
    if (!(await this.credentials.matches(currentPassword, account.credential?.credential))) {
      await this.signIn.recordFailure(account.accountId, now, address);
      throw authProblems.invalidCredentials();
    }
    const weaknesses = passwordWeaknesses(newPassword, account);
    if (weaknesses.length > 0) throw authProblems.passwordTooWeak(accountErrors.passwordTooWeak(weaknesses), 'newPassword');
    if (newPassword === currentPassword) throw authProblems.passwordTooWeak(accountErrors.passwordReused(), 'newPassword');
    const password = await this.credentials.seal(account.accountId, this.newId(), newPassword);
    const actor = { id: account.accountId, role: record.activeRole as Role };
    await this.commands.execute(
      new ExecuteAccountCommand(account.accountId, { type: 'SetPassword', data: { password, kind: 'chosen' } }, accountContext(actor, now)),
    );
    if (account.credential) await this.credentials.shred(account.accountId, account.credential.credentialId);
    await this.sessions.save(session.key, { ...record, mustChangePassword: false });
    await this.sessions.endAllOf(account.accountId, session.key);
  }
}
