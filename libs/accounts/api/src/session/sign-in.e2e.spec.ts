import { LeadIntakeModule } from '@ia/lead-intake/api';
import { createTestApp, fixedClock, type TestApp } from '@ia/testing';
import { AccountsModule } from '../accounts.module';
import { CONSOLE, cookieOf, GOOD_PASSWORD, runAccountCommand, seedAccount, signedIn } from '../test-support/accounts';

const clock = fixedClock('2026-03-02T01:00:00.000Z');
const advance = (seconds: number) => clock.set(new Date(clock.now().getTime() + seconds * 1000).toISOString());

describe('signing in to the console', () => {
  let test: TestApp;
  beforeAll(async () => {
    test = await createTestApp([AccountsModule, LeadIntakeModule], { clock });
  });
  afterAll(async () => {
    await test.close();
    test.remove();
  });

  it('signs in with the one-time password, sets a strict httpOnly cookie, and asks for a new password before anything else', async () => {
    const oneTime = await seedAccount(test, 'li.na');
    const response = await test.http.post('/api/v1/session').send({ username: 'Li.Na', password: oneTime }).expect(200);
    expect(response.body).toMatchObject({
      user: { id: 'li.na', username: 'li.na', displayName: '张伟' },
      role: 'promoter',
      roles: ['promoter'],
      parks: ['xiangxiang-edz'],
      mustChangePassword: true,
    });
    expect(Date.parse(response.body.expiresAt)).toBe(Date.parse('2026-03-02T01:30:00.000Z'));
    const setCookie = String(response.headers['set-cookie']);
    expect(setCookie).toMatch(/^ia_session=[A-Za-z0-9_-]{43}; Path=\/; HttpOnly; SameSite=Strict$/);
    const cookie = cookieOf(response);

    const refused = await test.http.get('/api/v1/leads').set('Cookie', cookie).expect(403);
    expect(refused.body).toMatchObject({ code: 'AUTH.PASSWORD_CHANGE_REQUIRED', title: '请先修改初始密码' });
    expect((await test.http.get('/api/v1/session').set('Cookie', cookie).expect(200)).body.mustChangePassword).toBe(true);

    const weak = await test.http
      .put('/api/v1/session/password')
      .set({ Cookie: cookie, ...CONSOLE })
      .send({ currentPassword: oneTime, newPassword: 'li.na-123456' })
      .expect(400);
    expect(weak.body).toMatchObject({ code: 'ACCOUNT.PASSWORD_TOO_WEAK', title: '密码强度不足' });
    expect(weak.body.errors.map((error: { code: string }) => error.code)).toEqual(['PASSWORD.CONTAINS_USERNAME', 'PASSWORD.COMMON']);
    expect(weak.body.errors[0]).toMatchObject({ field: 'newPassword', title: expect.any(String), detail: expect.any(String) });

    advance(10);
    const wrongCurrent = await test.http
      .put('/api/v1/session/password')
      .set({ Cookie: cookie, ...CONSOLE })
      .send({ currentPassword: 'not-the-one-Time1', newPassword: GOOD_PASSWORD })
      .expect(401);
    expect(wrongCurrent.body.code).toBe('AUTH.INVALID_CREDENTIALS');

    await test.http
      .put('/api/v1/session/password')
      .set({ Cookie: cookie, ...CONSOLE })
      .send({ currentPassword: oneTime, newPassword: GOOD_PASSWORD })
      .expect(204);
    await test.http.get('/api/v1/leads').set('Cookie', cookie).expect(200);
    expect((await test.http.get('/api/v1/session').set('Cookie', cookie).expect(200)).body.mustChangePassword).toBe(false);
    // The one-time password is gone for good.
    await test.http.post('/api/v1/session').send({ username: 'li.na', password: oneTime }).expect(401);
  });

  it('refuses a wrong password and an unknown user name alike', async () => {
    await seedAccount(test, 'wang.fang');
    const wrong = await test.http.post('/api/v1/session').send({ username: 'wang.fang', password: 'Not-the-password9' }).expect(401);
    const unknown = await test.http.post('/api/v1/session').send({ username: 'nobody.here', password: 'Not-the-password9' }).expect(401);
    expect(wrong.headers['content-type']).toContain('application/problem+json');
    expect(wrong.body).toMatchObject({ code: 'AUTH.INVALID_CREDENTIALS', title: '用户名或密码错误' });
    expect(unknown.body).toMatchObject({ code: wrong.body.code, title: wrong.body.title, detail: wrong.body.detail });
    expect(wrong.headers['set-cookie']).toBeUndefined();
  });

  it('slows down after each failure, then locks the account for a while', async () => {
    await signedIn(test, 'zhao.lei');
    const attempt = (password: string) => test.http.post('/api/v1/session').send({ username: 'zhao.lei', password });
    advance(60);
    expect((await attempt('Wrong-password-1')).status).toBe(401);
    const throttled = await attempt(GOOD_PASSWORD);
    expect(throttled.status).toBe(429);
    expect(throttled.body).toMatchObject({ code: 'AUTH.SIGN_IN_THROTTLED', retryAfterSeconds: 1 });
    expect(throttled.headers['retry-after']).toBe('1');
    for (const wait of [1, 2, 4, 8]) {
      advance(wait);
      expect((await attempt('Wrong-password-1')).status).toBe(401);
    }
    advance(16);
    const locked = await attempt(GOOD_PASSWORD);
    expect(locked.status).toBe(423);
    expect(locked.body).toMatchObject({ code: 'AUTH.ACCOUNT_LOCKED', retryAfterSeconds: 15 * 60 - 16 });
    expect(locked.headers['retry-after']).toBe(String(15 * 60 - 16));
    advance(15 * 60);
    await attempt(GOOD_PASSWORD).expect(200);
  });

  it('ends the sessions of a disabled account at once and refuses its sign-in', async () => {
    const cookie = await signedIn(test, 'sun.li');
    await test.http.get('/api/v1/session').set('Cookie', cookie).expect(200);
    await runAccountCommand(test, 'sun.li', { type: 'DisableAccount', data: { by: 'admin-wang' } });
    expect((await test.http.get('/api/v1/session').set('Cookie', cookie).expect(401)).body.code).toBe('AUTH.UNAUTHENTICATED');
    const refused = await test.http.post('/api/v1/session').send({ username: 'sun.li', password: GOOD_PASSWORD }).expect(403);
    expect(refused.body).toMatchObject({ code: 'AUTH.ACCOUNT_DISABLED', title: '账号已停用，请联系管理员' });
    await runAccountCommand(test, 'sun.li', { type: 'EnableAccount', data: {} });
    await test.http.post('/api/v1/session').send({ username: 'sun.li', password: GOOD_PASSWORD }).expect(200);
  });

  it('signs out on the server and clears the cookie', async () => {
    const cookie = await signedIn(test, 'zhou.min');
    const response = await test.http
      .delete('/api/v1/session')
      .set({ Cookie: cookie, ...CONSOLE })
      .expect(204);
    expect(String(response.headers['set-cookie'])).toMatch(/^ia_session=; Path=\/; HttpOnly; SameSite=Strict; Max-Age=0/);
    expect((await test.http.get('/api/v1/session').set('Cookie', cookie).expect(401)).body).toMatchObject({
      code: 'AUTH.UNAUTHENTICATED',
      title: '会话已过期或已退出，请重新登录',
    });
  });

  it('ends a session after 30 idle minutes, and after 12 hours however busy', async () => {
    const idle = await signedIn(test, 'qian.jun');
    advance(29 * 60);
    await test.http.get('/api/v1/session').set('Cookie', idle).expect(200);
    advance(31 * 60);
    await test.http.get('/api/v1/session').set('Cookie', idle).expect(401);

    const busy = await signedIn(test, 'wu.gang');
    for (let minutes = 0; minutes < 12 * 60 - 20; minutes += 20) {
      advance(20 * 60);
      await test.http.get('/api/v1/session').set('Cookie', busy).expect(200);
    }
    advance(20 * 60);
    await test.http.get('/api/v1/session').set('Cookie', busy).expect(401);
  });

  it('refuses an unsafe request authenticated by the cookie without the console header', async () => {
    const cookie = await signedIn(test, 'zheng.hua');
    const refused = await test.http.put('/api/v1/session/role').set('Cookie', cookie).send({ role: 'promoter' }).expect(403);
    expect(refused.body).toMatchObject({ code: 'AUTH.CSRF_HEADER_MISSING' });
    await test.http.delete('/api/v1/session').set('Cookie', cookie).expect(403);
    await test.http.get('/api/v1/session').set('Cookie', cookie).expect(200);
  });

  it('switches between the roles the account holds, and the guard checks the active one', async () => {
    const cookie = await signedIn(test, 'feng.yu', ['promoter', 'leader']);
    const lead = { parkId: 'xiangxiang-edz', companyName: '湘乡市某某机械有限公司' };
    const asPromoter = await test.http
      .post('/api/v1/leads')
      .set({ Cookie: cookie, ...CONSOLE })
      .send(lead);
    expect(asPromoter.body.code).not.toBe('AUTH.ROLE_NOT_ALLOWED');
    const switched = await test.http
      .put('/api/v1/session/role')
      .set({ Cookie: cookie, ...CONSOLE })
      .send({ role: 'leader' })
      .expect(200);
    expect(switched.body).toMatchObject({ role: 'leader', roles: ['promoter', 'leader'] });
    expect((await test.http.get('/api/v1/session').set('Cookie', cookie)).body.role).toBe('leader');
    const asLeader = await test.http
      .post('/api/v1/leads')
      .set({ Cookie: cookie, ...CONSOLE })
      .send(lead)
      .expect(403);
    expect(asLeader.body.code).toBe('AUTH.ROLE_NOT_ALLOWED');
    const notHeld = await test.http
      .put('/api/v1/session/role')
      .set({ Cookie: cookie, ...CONSOLE })
      .send({ role: 'admin' })
      .expect(403);
    expect(notHeld.body.code).toBe('AUTH.ROLE_NOT_HELD');
  });

  it('keeps bearer tokens working, and says that the session routes need a session', async () => {
    await test.http
      .get('/api/v1/leads')
      .set(test.as('promoter', 'prog-1', ['xiangxiang-edz']))
      .expect(200);
    expect((await test.http.get('/api/v1/session').set(test.as('promoter')).expect(400)).body.code).toBe('AUTH.SESSION_REQUIRED');
    expect((await test.http.get('/api/v1/leads').expect(401)).body.code).toBe('AUTH.UNAUTHENTICATED');
  });

  it('answers who may call each route from the metadata the guard enforces', async () => {
    const cookie = await signedIn(test, 'he.jing');
    const { routes } = (await test.http.get('/api/v1/session/permissions').set('Cookie', cookie).expect(200)).body as {
      routes: Array<{ method: string; path: string; roles: string[]; parkScope: string | null }>;
    };
    expect(routes).toContainEqual({
      method: 'POST',
      path: '/api/v1/leads/{id}/follow-ups',
      roles: ['promoter', 'admin'],
      parkScope: 'park',
    });
    expect(routes).toContainEqual({
      method: 'GET',
      path: '/api/v1/leads',
      roles: ['promoter', 'leader', 'admin', 'auditor'],
      parkScope: 'filtered',
    });
    expect(routes).toContainEqual({
      method: 'POST',
      path: '/api/v1/session',
      roles: ['promoter', 'agent', 'leader', 'admin', 'auditor'],
      parkScope: 'public',
    });
    const document = (await test.http.get('/docs-json').expect(200)).body as { paths: Record<string, Record<string, unknown>> };
    const documented = Object.entries(document.paths).flatMap(([path, methods]) =>
      Object.keys(methods).map((method) => `${method.toUpperCase()} ${path}`),
    );
    expect(routes.map((route) => `${route.method} ${route.path}`).sort()).toEqual(documented.sort());
    // The list says what the guard does: an agent is refused what the list denies agents.
    const agent = test.as('agent');
    for (const route of routes.filter(
      (candidate) => candidate.method === 'GET' && !candidate.path.includes('{') && candidate.parkScope !== 'public',
    )) {
      const response = await test.http.get(route.path).set(agent);
      expect([route.path, response.body?.code === 'AUTH.ROLE_NOT_ALLOWED']).toEqual([route.path, !route.roles.includes('agent')]);
    }
  });
});
