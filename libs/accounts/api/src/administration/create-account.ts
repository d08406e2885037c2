import type { CommandContext, CommandResult } from '@ia/kernel';
import { accountErrors, normaliseUsername, USERNAME_PATTERN, type AccountCommand, type AccountRole } from '@ia/accounts/domain';
import { oneTimePassword, type Credentials } from '../credentials/credentials';

export interface NewAccount {
  readonly username: string;
  readonly displayName: string;
  readonly roles: readonly AccountRole[];
  readonly parks: readonly string[];
}

/** What creating an account needs: the same for the administrators' API and the command line, which runs no Nest. */
export interface AccountWriter {
  readonly run: (accountId: string, command: AccountCommand, context: CommandContext) => Promise<CommandResult>;
  readonly credentials: Credentials;
  readonly newId: () => string;
}

export interface CreatedAccount {
  readonly accountId: string;
  /** Shown once to whoever created the account, never stored in the clear: it must be changed at first sign-in. */
  readonly oneTimePassword: string;
  readonly result: CommandResult;
}

export async function createAccount(writer: AccountWriter, account: NewAccount, context: CommandContext): Promise<CreatedAccount> {
  const username = normaliseUsername(account.username);
  if (!USERNAME_PATTERN.test(username)) throw accountErrors.invalidUsername(account.username);
  const displayName = account.displayName.trim();
  const password = oneTimePassword({ username, displayName });
  const sealed = await writer.credentials.seal(username, writer.newId(), password);
  const command: AccountCommand = {
    type: 'CreateAccount',
    data: { accountId: username, username, displayName, roles: account.roles, parks: account.parks, password: sealed },
  };
  try {
    const result = await writer.run(username, command, context);
    return { accountId: username, oneTimePassword: password, result };
  } catch (error) {
    await writer.credentials.shred(username, sealed.credentialId);
    throw error;
  }
}
