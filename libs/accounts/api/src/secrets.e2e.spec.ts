import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ERASED, JsonLogger, PersonalDataVault } from '@ia/platform';
import { createTestApp, type TestApp } from '@ia/testing';
import { AccountsModule } from './accounts.module';
import { CONSOLE, cookieOf } from './test-support/accounts';

describe('passwords and their hashes stay secret', () => {
  const lines: string[] = [];
  let test: TestApp;
  beforeAll(async () => {
    test = await createTestApp([AccountsModule], { logger: new JsonLogger('debug', 'test', (line) => lines.push(line)) });
  });
  afterAll(async () => {
    await test.close();
    test.remove();
  });

  it('never writes a password or a hash to the logs, the event log or a view, and shreds a replaced one', async () => {
    const admin = test.as('admin', 'admin-wang');
    const created = await test.http
      .post('/api/v1/accounts')
      .set(admin)
      .send({ username: 'qin.lan', displayName: '秦岚', roles: ['agent'], parks: [] })
      .expect(201);
    const oneTime = created.body.oneTimePassword as string;
    const chosen = 'Lotus-pond-2026!';
    const wrong = 'Wrong-guess-2026?';
    await test.http.post('/api/v1/session').send({ username: 'qin.lan', password: wrong }).expect(401);
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    const cookie = cookieOf(await test.http.post('/api/v1/session').send({ username: 'qin.lan', password: oneTime }).expect(200));
    await test.http
      .put('/api/v1/session/password')
      .set({ Cookie: cookie, ...CONSOLE })
      .send({ currentPassword: oneTime, newPassword: chosen })
      .expect(204);
    await test.http
      .put('/api/v1/session/password')
      .set({ Cookie: cookie, ...CONSOLE })
      .send({ currentPassword: chosen, newPassword: 'short' })
      .expect(400);

    const events = await test.engines.store.readStream('account-qin.lan');
    const sealed = events.filter((event) => event.type === 'PasswordSet').map((event) => (event.data as { credential: string }).credential);
    expect(sealed).toHaveLength(2);
    expect(sealed.every((credential) => credential.startsWith('pii:v1:credential.qin.lan.'))).toBe(true);
    // The one-time password's key is erased: its hash cannot be opened again. The chosen one's still can.
    const vault = test.app.get(PersonalDataVault);
    expect(await vault.open(sealed[0]!)).toBe(ERASED);
    expect(await vault.open(sealed[1]!)).toMatch(/^scrypt\$32768\$8\$3\$/);

    const hash = await vault.open(sealed[1]!);
    const history = JSON.stringify((await test.http.get('/api/v1/accounts/qin.lan/history').set(admin).expect(200)).body);
    const listed = JSON.stringify((await test.http.get('/api/v1/accounts').set(admin).expect(200)).body);
    const eventFile = ['events.sqlite', 'events.sqlite-wal']
      .map((file) => {
        try {
          return readFileSync(join(test.dataDirectory, file)).toString('latin1');
        } catch {
          return '';
        }
      })
      .join('');
    for (const secret of [oneTime, chosen, wrong, hash, hash.split('$').at(-1)!]) {
      expect({ secret, inLogs: lines.some((line) => line.includes(secret)) }).toEqual({ secret, inLogs: false });
      expect([secret, history.includes(secret), listed.includes(secret), eventFile.includes(secret)]).toEqual([
        secret,
        false,
        false,
        false,
      ]);
    }
    expect(lines.some((line) => line.includes('"message":"request"'))).toBe(true);
  });
});
