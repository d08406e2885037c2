import { createTestApp, type TestApp } from '@ia/testing';
import { requestHashOf } from '@ia/kernel';
import { signToken } from './auth/tokens';
import { NotesModule } from './test-support/notes.module';

describe('platform over HTTP', () => {
  let test: TestApp;
  beforeAll(async () => {
    test = await createTestApp([NotesModule]);
  });
  afterAll(async () => {
    await test.close();
    test.remove();
  });

  it('answers health with every engine up, without a token', async () => {
    const response = await test.http.get('/health').expect(200);
    expect(response.body).toEqual({
      status: 'up',
      service: 'test',
      engines: {
        store: { engine: 'sqlite', status: 'up' },
        readModels: { engine: 'memory', status: 'up' },
        bus: { engine: 'embedded', status: 'up' },
      },
    });
    expect(response.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('serves the OpenAPI document with the bearer scheme', async () => {
    const response = await test.http.get('/docs-json').expect(200);
    expect(response.body.components.securitySchemes.bearer).toMatchObject({ type: 'http', scheme: 'bearer' });
    expect(Object.keys(response.body.paths)).toEqual(
      expect.arrayContaining(['/health', '/api/v1/notes/{id}', '/api/v1/operations/projections']),
    );
  });

  it('refuses a request without a token as problem+json', async () => {
    const response = await test.http.post('/api/v1/notes/a').send({ text: 'x', stars: 1 }).expect(401);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.body).toMatchObject({ status: 401, code: 'AUTH.UNAUTHENTICATED', title: '未登录', instance: '/api/v1/notes/a' });
  });

  it('refuses a forged, expired or foreign token', async () => {
    const forged = `${test.as('promoter').Authorization.slice(0, -4)}AAAA`;
    await test.http.get('/api/v1/notes/a').set('Authorization', forged).expect(401);
    const expired = signToken({ user: 'u', role: 'promoter', expiresInSeconds: -10 }, test.configuration.jwt);
    await test.http.get('/api/v1/notes/a').set('Authorization', `Bearer ${expired}`).expect(401);
    const foreign = signToken({ user: 'u', role: 'promoter' }, { ...test.configuration.jwt, audience: 'someone-else' });
    const response = await test.http.get('/api/v1/notes/a').set('Authorization', `Bearer ${foreign}`).expect(401);
    expect(response.body.code).toBe('AUTH.INVALID_TOKEN');
  });

  it('refuses a role the route does not allow, and closes routes that declare no roles', async () => {
    const wrongRole = await test.http.post('/api/v1/notes/a').set(test.as('auditor')).send({ text: 'x', stars: 1 }).expect(403);
    expect(wrongRole.body.code).toBe('AUTH.ROLE_NOT_ALLOWED');
    const closed = await test.http.get('/api/v1/unguarded').set(test.as('admin')).expect(403);
    expect(closed.body.code).toBe('AUTH.ROUTE_WITHOUT_ROLES');
  });

  it('lists every invalid field and appends nothing', async () => {
    const before = await test.engines.store.headPosition();
    const response = await test.http
      .post('/api/v1/notes/b')
      .set(test.as('promoter'))
      .send({ text: 7, stars: 1.5, extra: true })
      .expect(400);
    expect(response.body).toMatchObject({ code: 'REQUEST.VALIDATION_FAILED', title: '请求参数校验失败' });
    const fields = (response.body.errors as Array<{ field: string }>).map((error) => error.field).sort();
    expect(fields).toEqual(['extra', 'stars', 'text']);
    expect(await test.engines.store.headPosition()).toBe(before);
  });

  it('answers malformed JSON and oversized bodies with problems, not 500s', async () => {
    const malformed = await test.http
      .post('/api/v1/notes/c')
      .set(test.as('promoter'))
      .set('Content-Type', 'application/json')
      .send('{"text": "x",')
      .expect(400);
    expect(malformed.body.code).toBe('REQUEST.MALFORMED_JSON');
    const huge = await test.http
      .post('/api/v1/notes/c')
      .set(test.as('promoter'))
      .send({ text: 'x'.repeat(400_000), stars: 1 })
      .expect(413);
    expect(huge.body.code).toBe('REQUEST.TOO_LARGE');
  });

  it('refuses keys that reach for the prototype, even in an otherwise valid body', async () => {
    for (const body of [
      '{"text":"x","stars":1,"constructor":{"prototype":{"admin":true}}}',
      '{"text":"x","stars":1,"nested":{"__proto__":{"admin":true}}}',
    ]) {
      const response = await test.http
        .post('/api/v1/notes/proto')
        .set(test.as('promoter'))
        .set('Content-Type', 'application/json')
        .send(body)
        .expect(400);
      expect(response.body.code).toBe('REQUEST.FORBIDDEN_FIELD');
    }
    expect((await test.http.get('/api/v1/notes/proto').set(test.as('promoter'))).body.events).toBe(0);
  });

  it('maps a refusal of the domain to 409 with its code', async () => {
    const response = await test.http.post('/api/v1/notes/d').set(test.as('promoter')).send({ text: '拒绝', stars: 1 }).expect(409);
    expect(response.body).toMatchObject({ code: 'NOTE.REFUSED', title: '便签被拒绝', detail: 'The note was refused' });
  });

  it('returns the first result for a repeated Idempotency-Key and refuses it with another body', async () => {
    const send = (text: string) =>
      test.http
        .post('/api/v1/notes/e')
        .set(test.as('promoter', 'alice'))
        .set('Idempotency-Key', 'note-e-attempt-1')
        .send({ text, stars: 2 });
    const first = await send('第一次').expect(201);
    const again = await send('第一次').expect(201);
    expect(again.body).toMatchObject({ id: 'e', revision: first.body.revision, replayed: true });
    expect((await test.http.get('/api/v1/notes/e').set(test.as('promoter'))).body.events).toBe(1);
    const reused = await send('另一次').expect(422);
    expect(reused.body.code).toBe('IDEMPOTENCY.KEY_REUSED');
  });

  it('keeps only a keyed fingerprint of the request with the events, never a plain hash of the body', async () => {
    const body = { text: '身份证号 430381199001011234', stars: 1 };
    await test.http
      .post('/api/v1/notes/p')
      .set(test.as('promoter', 'alice'))
      .set('Idempotency-Key', 'note-p-attempt-1')
      .send(body)
      .expect(201);
    const [event] = await test.engines.store.readStream('note-p');
    const plain = requestHashOf({ method: 'POST', path: '/api/v1/notes/p', body });
    expect(event?.metadata.requestHash).toMatch(/^[0-9a-f]{64}$/);
    expect(event?.metadata.requestHash).not.toBe(plain);
  });

  it('refuses a stale If-Match with 412 and the current revision', async () => {
    await test.http.post('/api/v1/notes/f').set(test.as('promoter')).send({ text: 'a', stars: 1 }).expect(201);
    await test.http.post('/api/v1/notes/f').set(test.as('promoter')).set('If-Match', '"0"').send({ text: 'b', stars: 1 }).expect(201);
    const stale = await test.http
      .post('/api/v1/notes/f')
      .set(test.as('promoter'))
      .set('If-Match', '"0"')
      .send({ text: 'c', stars: 1 })
      .expect(412);
    expect(stale.body).toMatchObject({ code: 'STREAM.REVISION_MISMATCH', currentRevision: 1 });
  });

  it('shows an administrator the read models and lets them rebuild one', async () => {
    const listed = await test.http.get('/api/v1/operations/projections').set(test.as('admin')).expect(200);
    expect(listed.body.projections).toEqual([{ name: 'notes', position: listed.body.head }]);
    const rebuilt = await test.http.post('/api/v1/operations/projections/notes/rebuild').set(test.as('admin')).expect(201);
    expect(rebuilt.body).toEqual({ name: 'notes', position: listed.body.head });
    const missing = await test.http.post('/api/v1/operations/projections/nope/rebuild').set(test.as('admin')).expect(404);
    expect(missing.body.code).toBe('PROJECTION.NOT_FOUND');
  });

  it('sends security headers and keeps the caller’s correlation id', async () => {
    const response = await test.http.get('/health').set('X-Correlation-Id', 'corr-123').expect(200);
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['x-correlation-id']).toBe('corr-123');
    expect(response.headers['x-powered-by']).toBeUndefined();
  });
});

describe('rate limiting', () => {
  it('tells a client that sends too much to slow down, and leaves health alone', async () => {
    const limited = await createTestApp([NotesModule], { environment: { IA_RATE_LIMIT_PER_MINUTE: '5' } });
    try {
      const statuses: number[] = [];
      for (let index = 0; index < 7; index += 1)
        statuses.push((await limited.http.get('/api/v1/notes/x').set(limited.as('promoter'))).status);
      expect(statuses).toEqual([200, 200, 200, 200, 200, 429, 429]);
      const refused = await limited.http.get('/api/v1/notes/x').set(limited.as('promoter')).expect(429);
      expect(refused.body).toMatchObject({ code: 'REQUEST.TOO_MANY', title: '请求过于频繁，请稍后再试' });
      expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
      await limited.http.get('/api/v1/notes/x').set(limited.as('promoter', 'someone-else')).expect(200);
      await limited.http.get('/health').expect(200);
    } finally {
      await limited.close();
      limited.remove();
    }
  });
});
