import { createTestApp, fixedClock, type TestApp } from '@ia/testing';
import { AccountsModule } from '../accounts.module';
import { CONSOLE, cookieOf, GOOD_PASSWORD, signedIn } from '../test-support/accounts';

const clock = fixedClock('2026-03-02T01:00:00.000Z');

describe('administering accounts', () => {
  let test: TestApp;
  let admin: Record<string, string>;
  const auditor = () => test.as('auditor', 'auditor-chen');
  beforeAll(async () => {
    test = await createTestApp([AccountsModule], { clock });
    admin = { Cookie: await signedIn(test, 'admin', ['admin'], []), ...CONSOLE };
  });
  afterAll(async () => {
    await test.close();
    test.remove();
  });

  it('creates an account and answers its one-time password once, which must be changed at first sign-in', async () => {
    const created = await test.http
      .post('/api/v1/accounts')
      .set(admin)
      .send({ username: 'Zhang.Wei', displayName: '张伟', roles: ['promoter'], parks: ['xiangxiang-edz'], reason: '新入职招商专员' })
      .expect(201);
    expect(created.body).toMatchObject({ id: 'zhang.wei', revision: 1, oneTimePassword: expect.stringMatching(/^\S{19}$/) });
    expect(created.headers['location']).toBe('/api/v1/accounts/zhang.wei');
    expect(created.headers['cache-control']).toBe('no-store');
    const account = await test.http.get('/api/v1/accounts/zhang.wei').set(admin).expect(200);
    expect(account.body).toMatchObject({
      username: 'zhang.wei',
      displayName: '张伟',
      roles: ['promoter'],
      status: 'enabled',
      mustChangePassword: true,
    });
    expect(JSON.stringify(account.body)).not.toContain(created.body.oneTimePassword);
    const session = await test.http
      .post('/api/v1/session')
      .send({ username: 'zhang.wei', password: created.body.oneTimePassword })
      .expect(200);
    expect(session.body.mustChangePassword).toBe(true);

    const taken = await test.http
      .post('/api/v1/accounts')
      .set(admin)
      .send({ username: 'zhang.wei', displayName: '又一个张伟', roles: ['agent'], parks: [] })
      .expect(409);
    expect(taken.body).toMatchObject({ code: 'ACCOUNT.USERNAME_TAKEN', title: '用户名已被使用' });
  });

  it('refuses bad input as problem+json and records nothing', async () => {
    const before = await test.engines.store.headPosition();
    for (const body of [
      { username: 'x', displayName: '某', roles: ['promoter'], parks: [] },
      { username: 'li.si', displayName: '李四', roles: [], parks: [] },
      { username: 'li.si', displayName: '李四', roles: ['root'], parks: [] },
      { username: 'li.si', displayName: '李四', roles: ['agent'], parks: ['bad park'] },
      { username: 'li.si', displayName: '李四', roles: ['agent'], parks: [], password: 'smuggled' },
      { username: 'li.si', displayName: '李'.repeat(65), roles: ['agent'], parks: [] },
    ]) {
      const response = await test.http.post('/api/v1/accounts').set(admin).send(body).expect(400);
      expect(response.body.code).toBe('REQUEST.VALIDATION_FAILED');
    }
    expect(await test.engines.store.headPosition()).toBe(before);
    expect((await test.http.get('/api/v1/accounts/no.such.person').set(admin).expect(404)).body.code).toBe('ACCOUNT.NOT_FOUND');
  });

  it('lists, searches and filters accounts a page at a time', async () => {
    for (const [username, displayName, role] of [
      ['liu.yang', '刘洋', 'agent'],
      ['liu.fang', '刘芳', 'leader'],
      ['chen.jing', '陈静', 'agent'],
    ] as const) {
      await test.http
        .post('/api/v1/accounts')
        .set(admin)
        .send({ username, displayName, roles: [role], parks: ['shaoshan-hitech'] })
        .expect(201);
    }
    const page = await test.http.get('/api/v1/accounts').query({ search: '刘', pageSize: '1' }).set(auditor()).expect(200);
    expect(page.body).toMatchObject({ total: 2, page: 1, pageSize: 1, items: [{ username: 'liu.fang' }] });
    const agents = await test.http.get('/api/v1/accounts').query({ role: 'agent', parkId: 'shaoshan-hitech' }).set(admin).expect(200);
    expect(agents.body.items.map((account: { username: string }) => account.username)).toEqual(['chen.jing', 'liu.yang']);
    expect((await test.http.get('/api/v1/accounts').query({ page: '0' }).set(admin).expect(400)).body.code).toBe(
      'REQUEST.VALIDATION_FAILED',
    );
  });

  it('changes roles and parks, and an open session follows at once', async () => {
    const cookie = await signedIn(test, 'zhao.min', ['promoter', 'leader'], ['xiangxiang-edz', 'shaoshan-hitech']);
    await test.http
      .put('/api/v1/accounts/zhao.min/parks')
      .set(admin)
      .send({ parks: ['xiangxiang-edz'], reason: '调整分管园区' })
      .expect(200);
    expect((await test.http.get('/api/v1/session').set('Cookie', cookie).expect(200)).body.parks).toEqual(['xiangxiang-edz']);
    await test.http
      .put('/api/v1/accounts/zhao.min/roles')
      .set(admin)
      .send({ roles: ['promoter', 'agent'] })
      .expect(200);
    expect((await test.http.get('/api/v1/session').set('Cookie', cookie).expect(200)).body.roles).toEqual(['promoter', 'agent']);
    // Withdrawing the role a session acts in ends it.
    await test.http
      .put('/api/v1/accounts/zhao.min/roles')
      .set(admin)
      .send({ roles: ['agent'] })
      .expect(200);
    await test.http.get('/api/v1/session').set('Cookie', cookie).expect(401);
    const own = await test.http
      .put('/api/v1/accounts/admin/roles')
      .set(admin)
      .send({ roles: ['auditor'] })
      .expect(409);
    expect(own.body.code).toBe('ACCOUNT.OWN_ADMINISTRATION');
  });

  it('disables and enables an account, ending its sessions, and refuses to disable oneself', async () => {
    const cookie = await signedIn(test, 'wu.lei');
    await test.http.post('/api/v1/accounts/wu.lei/disable').set(admin).send({ reason: '已调离园区' }).expect(200);
    await test.http.get('/api/v1/session').set('Cookie', cookie).expect(401);
    expect((await test.http.get('/api/v1/accounts/wu.lei').set(admin)).body.status).toBe('disabled');
    await test.http.post('/api/v1/session').send({ username: 'wu.lei', password: GOOD_PASSWORD }).expect(403);
    await test.http.post('/api/v1/accounts/wu.lei/disable').set(admin).send({}).expect(400);
    await test.http.post('/api/v1/accounts/wu.lei/enable').set(admin).send({ reason: '返岗' }).expect(200);
    await test.http.post('/api/v1/session').send({ username: 'wu.lei', password: GOOD_PASSWORD }).expect(200);
    expect((await test.http.post('/api/v1/accounts/admin/disable').set(admin).send({ reason: '测试' }).expect(409)).body.code).toBe(
      'ACCOUNT.OWN_ADMINISTRATION',
    );
  });

  it('resets a password to a one-time one, which ends sessions and must be changed', async () => {
    const cookie = await signedIn(test, 'he.ping');
    const reset = await test.http.post('/api/v1/accounts/he.ping/password-reset').set(admin).send({ reason: '本人遗忘密码' }).expect(200);
    await test.http.get('/api/v1/session').set('Cookie', cookie).expect(401);
    const session = await test.http.post('/api/v1/session').send({ username: 'he.ping', password: reset.body.oneTimePassword }).expect(200);
    expect(session.body.mustChangePassword).toBe(true);
    const refused = await test.http.get('/api/v1/session/permissions').set('Cookie', cookieOf(session)).expect(200);
    expect(refused.body.routes.length).toBeGreaterThan(5);
  });

  it('keeps the administration to administrators; auditors read, others are refused', async () => {
    expect((await test.http.post('/api/v1/accounts').set(auditor()).send({}).expect(403)).body.code).toBe('AUTH.ROLE_NOT_ALLOWED');
    expect((await test.http.get('/api/v1/accounts').set(test.as('promoter')).expect(403)).body.code).toBe('AUTH.ROLE_NOT_ALLOWED');
    const parkAdmin = test.as('admin', 'admin-east', ['xiangxiang-edz']);
    expect((await test.http.get('/api/v1/accounts').set(parkAdmin).expect(403)).body.code).toBe('AUTH.COUNTY_SCOPE_REQUIRED');
  });

  it('shows an account’s history: who had which role and parks when, passwords set, sign-ins, never a credential', async () => {
    const history = await test.http.get('/api/v1/accounts/zhao.min/history').set(auditor()).expect(200);
    const items = history.body.items as Array<{ type: string; actor: { id: string }; reason?: string; facts: Record<string, unknown> }>;
    expect(items.map((item) => item.type)).toEqual([
      'AccountCreated',
      'PasswordSet',
      'SignInSucceeded',
      'PasswordSet',
      'ParkWithdrawn',
      'RoleGranted',
      'RoleWithdrawn',
      'RoleWithdrawn',
    ]);
    expect(items[0]).toMatchObject({ actor: { id: 'admin-wang' }, facts: { username: 'zhao.min', roles: ['promoter', 'leader'] } });
    expect(items[1]!.facts).toEqual({ kind: 'one-time' });
    expect(items[3]).toMatchObject({ actor: { id: 'zhao.min' }, facts: { kind: 'chosen' } });
    expect(items[4]).toMatchObject({ actor: { id: 'admin' }, reason: '调整分管园区', facts: { parkId: 'shaoshan-hitech' } });
    const text = JSON.stringify(history.body);
    expect(text).not.toMatch(/pii:v1|scrypt|credential/);
    const signIns = await test.http.get('/api/v1/accounts/zhao.min/history').query({ kind: 'sign-in' }).set(admin).expect(200);
    expect(signIns.body.items.map((item: { type: string }) => item.type)).toEqual(['SignInSucceeded']);
  });
});
