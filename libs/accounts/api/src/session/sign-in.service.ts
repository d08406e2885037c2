import { Inject, Injectable, Logger } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { DomainError } from '@ia/kernel';
import {
  mustChangePassword,
  normaliseUsername,
  signInVerdict,
  USERNAME_PATTERN,
  type ExistingAccount,
  type SignInPolicy,
} from '@ia/accounts/domain';
import {
  CLOCK,
  CONFIGURATION,
  ConsoleSessions,
  ID_GENERATOR,
  type ActiveSession,
  type Clock,
  type Configuration,
  type IdGenerator,
} from '@ia/platform';
import { Credentials } from '../credentials/credentials';
import type { ProviderIdentity } from '../oidc/provider-claims';
import { accountContext } from '../shared/account-context';
import { AccountLoader, ExecuteAccountCommand } from '../shared/account-execution';
import { authProblems } from '../shared/auth-problems';

/** Failures and locks are recorded by the suite's sign-in itself: nobody is signed in to be their actor. */
export const SIGN_IN_ACTOR = { id: 'sign-in', role: 'system' } as const;

export function signInPolicyOf(configuration: Configuration): SignInPolicy {
  return { ...configuration.sessions.signIn, firstDelaySeconds: 1, maxDelaySeconds: 30 };
}

/**
 * Sign-in with a user name and password: the lock and the delay are checked before the password, a failure
 * is recorded (and may lock the account), a success is recorded and opens a server-side session.
 */
@Injectable()
export class SignIn {
  private readonly logger = new Logger('SignIn');
  private readonly policy: SignInPolicy;

  constructor(
    private readonly accounts: AccountLoader,
    private readonly commands: CommandBus,
    private readonly sessions: ConsoleSessions,
    private readonly credentials: Credentials,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(ID_GENERATOR) private readonly newId: IdGenerator,
    @Inject(CONFIGURATION) configuration: Configuration,
  ) {
    this.policy = signInPolicyOf(configuration);
  }

  async withPassword(username: string, password: string, address: string | undefined): Promise<{ token: string; session: ActiveSession }> {
    const accountId = normaliseUsername(username);
    const state = USERNAME_PATTERN.test(accountId) ? await this.accounts.load(accountId) : { status: 'none' as const };
    if (state.status === 'none') {
      await this.credentials.matches(password, undefined);
      this.logger.warn({ message: 'sign-in refused: no such account', address });
      throw authProblems.invalidCredentials();
    }
    const now = this.clock.now();
    const verdict = signInVerdict(state, now.toISOString(), this.policy);
    if (verdict.kind === 'locked') throw authProblems.locked(verdict.retryAfterSeconds, verdict.until);
    if (verdict.kind === 'throttled') throw authProblems.throttled(verdict.retryAfterSeconds);
    if (!(await this.credentials.matches(password, state.credential?.credential))) {
      await this.recordFailure(accountId, now, address);
      throw authProblems.invalidCredentials();
    }
    if (state.status === 'disabled') throw authProblems.disabled();
    return this.open(state, 'password', now, address);
  }

  /** Records a wrong password given by someone already signed in too (changing it): a stolen session guesses no faster. */
  async recordFailure(accountId: string, now: Date, address: string | undefined): Promise<void> {
    const data = { at: now.toISOString(), policy: this.policy, ...(address !== undefined && { address }) };
    await this.commands.execute(
      new ExecuteAccountCommand(accountId, { type: 'RecordFailedSignIn', data }, accountContext(SIGN_IN_ACTOR, now)),
    );
  }

  /** The provider vouched for the person; an account disabled here still refuses them. */
  async withProvider(
    identity: ProviderIdentity,
    issuer: string,
    address: string | undefined,
  ): Promise<{ token: string; session: ActiveSession }> {
    const now = this.clock.now();
    const sessionId = this.newId();
    const { username, subject, displayName, roles, parks } = identity;
    const data = {
      username,
      sessionId,
      at: now.toISOString(),
      issuer,
      subject,
      displayName,
      roles,
      parks,
      ...(address !== undefined && { address }),
    };
    const actor = { id: username, role: roles[0] ?? ('system' as const) };
    let position: number;
    try {
      const result = await this.commands.execute(
        new ExecuteAccountCommand(username, { type: 'RecordProviderSignIn', data }, accountContext(actor, now)),
      );
      position = result.lastPosition;
    } catch (error) {
      if (error instanceof DomainError && error.code === 'ACCOUNT.DISABLED') throw authProblems.disabled();
      throw error;
    }
    return this.sessions.start({
      sessionId,
      accountId: username,
      username,
      displayName,
      roles,
      activeRole: roles[0] as string,
      parks,
      mustChangePassword: false,
      method: 'oidc',
      accountPosition: position,
    });
  }

  private async open(account: ExistingAccount, method: 'password' | 'oidc', now: Date, address: string | undefined) {
    const sessionId = this.newId();
    const activeRole = account.roles[0] as string;
    const data = { at: now.toISOString(), sessionId, method, ...(address !== undefined && { address }) };
    let position: number;
    try {
      const result = await this.commands.execute(
        new ExecuteAccountCommand(
          account.accountId,
          { type: 'RecordSignIn', data },
          accountContext({ id: account.accountId, role: account.roles[0] ?? 'system' }, now),
        ),
      );
      position = result.lastPosition;
    } catch (error) {
      // Disabled or locked by someone else between the check and the record.
      if (error instanceof DomainError && error.code === 'ACCOUNT.DISABLED') throw authProblems.disabled();
      if (error instanceof DomainError && error.code === 'ACCOUNT.LOCKED') throw authProblems.locked(60, String(error.extensions['until']));
      throw error;
    }
    return this.sessions.start({
      sessionId,
      accountId: account.accountId,
      username: account.username,
      displayName: account.displayName,
      roles: account.roles,
      activeRole,
      parks: account.parks,
      mustChangePassword: mustChangePassword(account),
      method,
      accountPosition: position,
    });
  }
}
