import { join } from 'node:path';
import { AccountsModule } from '@ia/accounts/api';
import { ACCOUNTS, type AccountView } from '@ia/accounts/domain';
import { createTestApp, spawnTypeScript, type TestApp } from '@ia/testing';

const TOOL = join(__dirname, '../../tools/account.ts');

/** Runs `npm run account -- …` as a separate process against the data folder of the suite under test. */
async function account(test: TestApp, ...args: string[]) {
  const child = spawnTypeScript(TOOL, args, { IA_DATA_DIR: test.dataDirectory, LOG_LEVEL: 'error' });
  let stderr = '';
  child.process.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const { code } = await child.exited;
  return { code, stdout: child.lines.join('\n'), stderr: stderr.trim() };
}

const passwordIn = (stdout: string) => /password(?: for \S+)?: (\S+)/.exec(stdout)?.[1] ?? '';

describe('npm run account, beside a running suite', () => {
  let test: TestApp;
  beforeAll(async () => {
    test = await createTestApp([AccountsModule]);
  });
  afterAll(async () => {
    await test.close();
    test.remove();
  });

  it('creates the first administrator, who signs in at once with the one-time password and must change it', async () => {
    const created = await account(test, 'create', '--user', 'admin', '--name', '管理员', '--role', 'admin');
    expect(created).toMatchObject({ code: 0, stderr: '' });
    expect(created.stdout).toContain('Account admin (管理员) created: admin, the whole county.');
    const password = passwordIn(created.stdout);
    expect(password).toMatch(/^[A-Za-z0-9]{4}(-[A-Za-z0-9]{4}){3}$/);

    const signedIn = await test.http.post('/api/v1/session').send({ username: 'admin', password }).expect(200);
    expect(signedIn.body).toMatchObject({
      user: { id: 'admin', displayName: '管理员' },
      role: 'admin',
      parks: [],
      mustChangePassword: true,
    });

    // The running suite's list catches up with a write made by another process.
    let listed: AccountView | undefined;
    for (let tries = 0; tries < 50 && !listed; tries += 1) {
      listed = await test.engines.readModels.get<AccountView>(ACCOUNTS, 'admin');
      if (!listed) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(listed).toMatchObject({ username: 'admin', roles: ['admin'], mustChangePassword: true });
  });

  it('gives a locked-out person a new one-time password and ends their sessions in the running suite', async () => {
    const created = await account(
      test,
      'create',
      '--user',
      'li.ming',
      '--name',
      '李明',
      '--role',
      'agent',
      '--role',
      'leader',
      '--parks',
      'xiangxiang-edz',
    );
    expect(created.stdout).toContain('agent, leader, parks xiangxiang-edz');
    const cookie = String(
      (
        await test.http
          .post('/api/v1/session')
          .send({ username: 'li.ming', password: passwordIn(created.stdout) })
          .expect(200)
      ).headers['set-cookie'],
    ).split(';')[0]!;
    await test.http.get('/api/v1/session').set('Cookie', cookie).expect(200);

    const reset = await account(test, 'reset-password', '--user', 'li.ming');
    expect(reset.code).toBe(0);
    await test.http.get('/api/v1/session').set('Cookie', cookie).expect(401);
    await test.http
      .post('/api/v1/session')
      .send({ username: 'li.ming', password: passwordIn(created.stdout) })
      .expect(401);
    // That failure makes the next attempt wait a second.
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    await test.http
      .post('/api/v1/session')
      .send({ username: 'li.ming', password: passwordIn(reset.stdout) })
      .expect(200);
  });

  it('prints usage, and refuses mistakes with one clear line and exit code 2', async () => {
    const help = await account(test, '--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: npm run account -- <command> [options]');
    const cases: Array<[string[], RegExp]> = [
      [['create', '--user', 'admin', '--name', '又一个', '--role', 'admin'], /^ACCOUNT\.USERNAME_TAKEN: 用户名已被使用/],
      [['create', '--user', 'x1', '--name', '某', '--role', 'root'], /^--role root: expected promoter/],
      [['create', '--user', 'Bad Name', '--name', '某', '--role', 'agent'], /^ACCOUNT\.INVALID_USERNAME/],
      [['create', '--user', 'x2', '--role', 'agent'], /^--name is required/],
      [['reset-password', '--user', 'nobody'], /^No account nobody$/],
      [['remove', '--user', 'admin'], /^Say create or reset-password/],
    ];
    for (const [args, message] of cases) {
      const answer = await account(test, ...args);
      expect({ args, code: answer.code, lines: answer.stderr.split('\n').length }).toEqual({ args, code: 2, lines: 1 });
      expect(answer.stderr).toMatch(message);
    }
  }, 60_000);
});
