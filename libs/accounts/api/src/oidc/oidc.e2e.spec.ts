import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { createTestApp, type TestApp } from '@ia/testing';
import { AccountsModule } from '../accounts.module';
import { runAccountCommand } from '../test-support/accounts';

const REDIRECT = 'http://localhost:8080/api/v1/session/oidc/callback';
const ACCOUNTS = {
  'wang.qiang': { preferred_username: 'wang.qiang', name: '王强', ia_roles: ['招商引资部', 'leader'], ia_parks: 'xiangxiang-edz' },
  'chen.yu': { preferred_username: 'chen.yu', name: '陈宇', ia_roles: ['食堂'], ia_parks: [] },
  'zhao.lin': { preferred_username: 'zhao.lin', name: '赵琳', ia_roles: ['leader'] },
};

async function startProvider(): Promise<{ issuer: string; child: ChildProcessWithoutNullStreams }> {
  const child = spawn(
    process.execPath,
    [join(__dirname, '../test-support/oidc-provider.mjs'), 'ia-suite', 'a-client-secret-of-the-test', REDIRECT],
    {
      env: { ...process.env, OIDC_TEST_ACCOUNTS: JSON.stringify(ACCOUNTS), NODE_ENV: 'test' },
    },
  );
  let errors = '';
  child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  const issuer = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the provider did not start: ${errors}`)), 20_000);
    createInterface({ input: child.stdout }).on('line', (line) => {
      if (!line.startsWith('ready ')) return;
      clearTimeout(timer);
      resolve(line.slice('ready '.length));
    });
    child.on('exit', () => reject(new Error(`the provider exited: ${errors}`)));
  });
  return { issuer, child };
}

/** A browser's cookie jar, per origin, just enough for the provider's interaction cookies. */
class Browser {
  private readonly jar = new Map<string, Map<string, string>>();

  async go(url: string, init: RequestInit = {}): Promise<Response> {
    const origin = new URL(url).origin;
    const cookies = [...(this.jar.get(origin) ?? new Map<string, string>()).entries()]
      .map(([name, value]) => `${name}=${value}`)
      .join('; ');
    const response = await fetch(url, {
      ...init,
      redirect: 'manual',
      headers: { ...(init.headers as Record<string, string>), ...(cookies && { cookie: cookies }) },
    });
    const stored = this.jar.get(origin) ?? new Map<string, string>();
    for (const cookie of response.headers.getSetCookie()) {
      const [pair] = cookie.split(';');
      const index = pair!.indexOf('=');
      stored.set(pair!.slice(0, index), pair!.slice(index + 1));
    }
    this.jar.set(origin, stored);
    return response;
  }

  /** Follows the provider's redirects until one leaves for the suite's callback, signing in and consenting on the way. */
  async throughProvider(authorizationUrl: string, login: string): Promise<URL> {
    let location = authorizationUrl;
    for (let step = 0; step < 12; step += 1) {
      if (location.startsWith(REDIRECT)) return new URL(location);
      const response = await this.go(location);
      if (response.status >= 300 && response.status < 400) {
        location = new URL(response.headers.get('location')!, location).toString();
        continue;
      }
      const page = await response.text();
      const action = /action="([^"]+)"/.exec(page)?.[1];
      const prompt = /name="prompt" value="(\w+)"/.exec(page)?.[1];
      if (response.status !== 200 || !action || !prompt)
        throw new Error(`Unexpected provider page ${response.status}: ${page.slice(0, 300)}`);
      const form = new URLSearchParams(prompt === 'login' ? { prompt, login, password: 'any' } : { prompt });
      const submitted = await this.go(new URL(action, location).toString(), {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: form.toString(),
      });
      location = new URL(submitted.headers.get('location')!, location).toString();
    }
    throw new Error('Too many steps at the provider');
  }
}

describe('sign-in through an OpenID Connect provider', () => {
  let provider: { issuer: string; child: ChildProcessWithoutNullStreams };
  let test: TestApp;

  beforeAll(async () => {
    provider = await startProvider();
    test = await createTestApp([AccountsModule], {
      environment: {
        IA_OIDC_ISSUER: provider.issuer,
        IA_OIDC_CLIENT_ID: 'ia-suite',
        IA_OIDC_CLIENT_SECRET: 'a-client-secret-of-the-test',
        IA_OIDC_REDIRECT_URL: REDIRECT,
        IA_OIDC_ROLES_CLAIM: 'ia_roles',
        IA_OIDC_PARKS_CLAIM: 'ia_parks',
        IA_OIDC_ROLE_MAP: '招商引资部=promoter,leader=leader',
        IA_OIDC_LABEL: '湘潭市统一身份认证',
      },
    });
  }, 40_000);
  afterAll(async () => {
    await test.close();
    test.remove();
    provider.child.kill('SIGTERM');
  });

  /** The console's sign-in button, the provider's pages, and the suite's callback, as a browser would go through them. */
  async function signInAs(login: string, returnTo = '/leads') {
    const browser = new Browser();
    const started = await test.http.get('/api/v1/session/oidc/login').query({ returnTo }).expect(302);
    const transactionCookie = String(started.headers['set-cookie']).split(';')[0]!;
    expect(String(started.headers['set-cookie'])).toMatch(
      /^ia_oidc=[\w.-]+; Path=\/api\/v1\/session\/oidc; HttpOnly; SameSite=Lax; Max-Age=600$/,
    );
    const authorization = new URL(started.headers['location'] as string);
    expect(authorization.origin).toBe(provider.issuer);
    expect(Object.fromEntries(authorization.searchParams)).toMatchObject({
      response_type: 'code',
      client_id: 'ia-suite',
      code_challenge_method: 'S256',
    });
    const back = await browser.throughProvider(authorization.toString(), login);
    return {
      back,
      transactionCookie,
      callback: () => test.http.get(`/api/v1/session/oidc/callback${back.search}`).set('Cookie', transactionCookie),
    };
  }

  it('says the provider is there', async () => {
    expect((await test.http.get('/api/v1/session/options').expect(200)).body).toEqual({
      password: true,
      oidc: { label: '湘潭市统一身份认证', loginUrl: '/api/v1/session/oidc/login' },
    });
  });

  it('signs in by authorization code with PKCE, with roles and parks from the mapped claims', async () => {
    const { callback } = await signInAs('wang.qiang');
    const done = await callback().expect(302);
    expect(done.headers['location']).toBe('/leads');
    const cookies = ([] as string[]).concat(done.headers['set-cookie'] ?? []);
    const session = cookies.find((cookie) => cookie.startsWith('ia_session='))!;
    expect(session).toMatch(/HttpOnly; SameSite=Strict$/);
    const view = await test.http.get('/api/v1/session').set('Cookie', session.split(';')[0]!).expect(200);
    expect(view.body).toMatchObject({
      user: { id: 'wang.qiang', username: 'wang.qiang', displayName: '王强' },
      role: 'promoter',
      roles: ['promoter', 'leader'],
      parks: ['xiangxiang-edz'],
      mustChangePassword: false,
    });
    const history = await test.http.get('/api/v1/accounts/wang.qiang/history').set(test.as('auditor')).expect(200);
    expect(history.body.items).toEqual([
      expect.objectContaining({
        type: 'SignedInThroughProvider',
        facts: expect.objectContaining({ issuer: provider.issuer, roles: ['promoter', 'leader'] }),
      }),
    ]);
  });

  it('refuses a person the provider grants no role of the suite, clearly', async () => {
    const { callback } = await signInAs('chen.yu');
    const refused = await callback().expect(403);
    expect(refused.body).toMatchObject({ code: 'AUTH.OIDC_NO_ROLE', title: '您的统一身份认证账号未被授予本系统的角色，请联系管理员' });
    expect(String(refused.headers['set-cookie'])).not.toContain('ia_session=');
  });

  it('refuses a callback without the browser’s transaction, a replayed one, and one for another state', async () => {
    const { back, transactionCookie } = await signInAs('zhao.lin');
    expect((await test.http.get(`/api/v1/session/oidc/callback${back.search}`).expect(400)).body.code).toBe('AUTH.OIDC_STATE_MISMATCH');
    const forged = new URLSearchParams(back.search);
    forged.set('state', 'another-state');
    expect(
      (await test.http.get(`/api/v1/session/oidc/callback?${forged.toString()}`).set('Cookie', transactionCookie).expect(400)).body.code,
    ).toBe('AUTH.OIDC_STATE_MISMATCH');
    await test.http.get(`/api/v1/session/oidc/callback${back.search}`).set('Cookie', transactionCookie).expect(302);
    // The code was used: the provider refuses it a second time.
    expect(
      (await test.http.get(`/api/v1/session/oidc/callback${back.search}`).set('Cookie', transactionCookie).expect(401)).body.code,
    ).toBe('AUTH.OIDC_FAILED');
  });

  it('keeps a person whose account is disabled here out, whatever the provider says', async () => {
    // Known here from the earlier sign-in through the provider; an administrator disables the account.
    await runAccountCommand(test, 'zhao.lin', { type: 'DisableAccount', data: { by: 'admin-wang' } });
    const { callback } = await signInAs('zhao.lin');
    expect((await callback().expect(403)).body.code).toBe('AUTH.ACCOUNT_DISABLED');
  });

  it('sends the browser back only to a path of this site', async () => {
    const { callback } = await signInAs('wang.qiang', 'https://evil.example/steal');
    expect((await callback().expect(302)).headers['location']).toBe('/');
  });
});

describe('without an OpenID Connect provider', () => {
  it('offers the password only and answers the provider routes 404', async () => {
    const test = await createTestApp([AccountsModule]);
    expect((await test.http.get('/api/v1/session/options').expect(200)).body).toEqual({ password: true, oidc: null });
    expect((await test.http.get('/api/v1/session/oidc/login').expect(404)).body.code).toBe('AUTH.OIDC_NOT_CONFIGURED');
    await test.close();
    test.remove();
  });
});
