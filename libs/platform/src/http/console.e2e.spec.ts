import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestApp, type TestApp } from '@ia/testing';
import { NotesModule } from '../test-support/notes.module';

const PAGE = '<!doctype html><html lang="zh-CN"><body><div id="root"></div></body></html>';

describe('the web console served at /', () => {
  const folder = mkdtempSync(join(tmpdir(), 'ia-console-'));
  let withConsole: TestApp;
  let alone: TestApp;
  beforeAll(async () => {
    mkdirSync(join(folder, 'assets'));
    writeFileSync(join(folder, 'index.html'), PAGE);
    writeFileSync(join(folder, 'assets', 'index-abc123.js'), 'console.log(1)');
    writeFileSync(join(folder, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    withConsole = await createTestApp([NotesModule], { console: folder });
    alone = await createTestApp([NotesModule]);
  });
  afterAll(async () => {
    await Promise.all([withConsole.close(), alone.close()]);
    withConsole.remove();
    alone.remove();
    rmSync(folder, { recursive: true, force: true });
  });

  it('answers / and any deep link a person opens with the page, which its router then shows', async () => {
    for (const path of ['/', '/leads/0195f0a4-7c1e-7a10-8b2c-3d4e5f607182', '/approvals/calendar?month=3']) {
      const response = await withConsole.http.get(path).set('Accept', 'text/html').expect(200);
      expect(response.text).toBe(PAGE);
      expect(response.headers['content-type']).toMatch(/^text\/html/);
      expect(response.headers['cache-control']).toBe('no-cache');
      expect(response.headers['content-security-policy']).toContain("script-src 'self'");
    }
  });

  it('serves hashed assets for a year and refuses an asset that does not exist instead of answering the page', async () => {
    const asset = await withConsole.http.get('/assets/index-abc123.js').expect(200);
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(asset.headers['content-type']).toMatch(/javascript/);
    const missing = await withConsole.http.get('/assets/index-gone.js').set('Accept', '*/*');
    expect(missing.status).toBe(404);
    expect(missing.text).not.toBe(PAGE);
    await withConsole.http.get('/favicon.svg').expect(200);
  });

  it('never shadows the API, the documents, the health probe or the metrics', async () => {
    const api = await withConsole.http.get('/api/v1/nowhere').set('Accept', 'text/html');
    expect(api.status).toBe(404);
    expect(api.headers['content-type']).toMatch(/problem\+json/);
    const documents = await withConsole.http.get('/docs-json').set('Accept', 'text/html').expect(200);
    expect(documents.body).toHaveProperty('openapi');
    const docs = await withConsole.http.get('/docs').set('Accept', 'text/html').redirects(1);
    expect(docs.text).toContain('swagger');
    await withConsole.http.get('/health').set('Accept', 'text/html').expect(200);
    const metrics = await withConsole.http.get('/metrics').set('Accept', '*/*');
    expect(metrics.text).not.toBe(PAGE);
    const post = await withConsole.http.post('/leads').set('Accept', 'text/html').send({});
    expect(post.text).not.toBe(PAGE);
  });

  it('is absent from a service that runs alone', async () => {
    const response = await alone.http.get('/leads/1').set('Accept', 'text/html');
    expect(response.status).toBe(404);
    expect(response.text).not.toBe(PAGE);
  });
});
