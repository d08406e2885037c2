import { CommandBus } from '@nestjs/cqrs';
import type { Response } from 'supertest';
import type { AccountCommand, AccountRole } from '@ia/accounts/domain';
import { uuidv7 } from '@ia/platform';
import type { TestApp } from '@ia/testing';
import { createAccount } from '../administration/create-account';
import { Credentials } from '../credentials/credentials';
import { ExecuteAccountCommand } from '../shared/account-execution';

export const CONSOLE = { 'X-IA-Console': '1' };
export const GOOD_PASSWORD = 'Xiangjiang-river7';

const context = (at: Date) => ({
  actor: { id: 'admin-wang', role: 'admin' as const },
  occurredAt: at.toISOString(),
  correlationId: 'test',
  causationId: 'test',
});

/** Runs an account command as an administrator would, through the module's own command handler. */
export function runAccountCommand(test: TestApp, accountId: string, command: AccountCommand, at = new Date()) {
  return test.app.get(CommandBus).execute(new ExecuteAccountCommand(accountId, command, context(at)));
}

/** Creates an account and answers its one-time password. */
export async function seedAccount(
  test: TestApp,
  username: string,
  roles: readonly AccountRole[] = ['promoter'],
  parks: readonly string[] = ['xiangxiang-edz'],
): Promise<string> {
  const credentials = test.app.get(Credentials);
  const run = (accountId: string, command: AccountCommand) => runAccountCommand(test, accountId, command);
  const created = await createAccount(
    { run, credentials, newId: () => uuidv7() },
    { username, displayName: '张伟', roles, parks },
    context(new Date()),
  );
  return created.oneTimePassword;
}

/** The Cookie header a browser would send back after this response. */
export function cookieOf(response: Response): string {
  const cookies = ([] as string[]).concat(response.headers['set-cookie'] ?? []);
  const session = cookies.find((cookie) => cookie.startsWith('ia_session='));
  if (!session) throw new Error(`No session cookie in ${JSON.stringify(cookies)}`);
  return session.split(';')[0] as string;
}

/** Signs in with a one-time password, changes it to GOOD_PASSWORD, and answers the session's cookie. */
export async function signedIn(
  test: TestApp,
  username: string,
  roles?: readonly AccountRole[],
  parks?: readonly string[],
): Promise<string> {
  const oneTime = await seedAccount(test, username, roles, parks);
  const cookie = cookieOf(await test.http.post('/api/v1/session').send({ username, password: oneTime }).expect(200));
  await test.http
    .put('/api/v1/session/password')
    .set({ Cookie: cookie, ...CONSOLE })
    .send({ currentPassword: oneTime, newPassword: GOOD_PASSWORD })
    .expect(204);
  return cookie;
}
