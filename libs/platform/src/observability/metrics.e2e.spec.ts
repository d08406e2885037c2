import { createTestApp, type TestApp } from '@ia/testing';
import { NotesModule } from '../test-support/notes.module';

const TOKEN = 'metrics-token-for-the-scraper-01';

describe('/metrics', () => {
  let test: TestApp;
  beforeAll(async () => {
    test = await createTestApp([NotesModule], { environment: { IA_METRICS_TOKEN: TOKEN } });
  });
  afterAll(async () => {
    await test.close();
    test.remove();
  });
  const scrape = async () => (await test.http.get('/metrics').set('Authorization', `Bearer ${TOKEN}`).expect(200)).text;
  const sample = (text: string, name: string, labels: string) =>
    text
      .split('\n')
      .find((line) => line.startsWith(`${name}{`) && line.includes(labels))
      ?.split(' ')
      .at(-1);

  it('answers only a scraper with the metrics token, not a user’s bearer token', async () => {
    await test.http.get('/metrics').expect(401);
    await test.http.get('/metrics').set('Authorization', 'Bearer wrong-token-of-the-same-size-01').expect(401);
    await test.http.get('/metrics').set(test.as('admin')).expect(401);
    const response = await test.http.get('/metrics').set('Authorization', `Bearer ${TOKEN}`).expect(200);
    expect(response.headers['content-type']).toContain('text/plain');
  });

  it('counts commands by type and outcome, times appends and requests by route, and tells each projection’s lag', async () => {
    await test.http.post('/api/v1/notes/a').set(test.as('promoter')).send({ text: '你好', stars: 1 }).expect(201);
    await test.http.post('/api/v1/notes/a').set(test.as('promoter')).send({ text: '拒绝', stars: 1 }).expect(409);
    const text = await scrape();
    expect(sample(text, 'ia_commands_total', 'command="WriteNote",outcome="accepted"')).toBe('1');
    expect(sample(text, 'ia_commands_total', 'outcome="refused",code="NOTE.REFUSED"')).toBe('1');
    expect(Number(sample(text, 'ia_append_duration_seconds_count', 'outcome="ok"'))).toBeGreaterThanOrEqual(1);
    expect(sample(text, 'ia_http_request_duration_seconds_count', 'route="/api/v1/notes/:id",status="201"')).toBe('1');
    expect(sample(text, 'ia_http_request_duration_seconds_count', 'route="/api/v1/notes/:id",status="409"')).toBe('1');
    expect(text).toMatch(/^ia_store_head_position\{service="test"\} 1$/m);
    expect(text).toMatch(/^ia_subscription_lag_events\{subscription="projection:[^"]+",service="test"\} 0$/m);
    expect(text).toMatch(/^ia_process_cpu_user_seconds_total\{service="test"\} /m);
    expect(text).not.toContain('/api/v1/notes/a');
  });
});

describe('/metrics when no token is configured', () => {
  it('does not exist', async () => {
    const test = await createTestApp([NotesModule]);
    await test.http.get('/metrics').set(test.as('admin')).expect(404);
    await test.close();
    test.remove();
  });
});
