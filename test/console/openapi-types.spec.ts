import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestApp, type TestApp } from '@ia/testing';
import { SUITE_CONTEXTS } from '../../services/suite/src/contexts';
import { CONSOLE_API_TYPES, schemaOfExample } from '../../tools/console/openapi-types';

const ROOT = join(__dirname, '../..');

/** openapi-typescript is an ES module Jest cannot load: the generator runs as its own process, as npm runs it. */
function typesOf(document: unknown): string {
  const folder = mkdtempSync(join(tmpdir(), 'ia-openapi-'));
  try {
    writeFileSync(join(folder, 'openapi.json'), JSON.stringify(document));
    return execFileSync(
      process.execPath,
      [
        '-r',
        join(ROOT, 'libs/testing/src/child-process/register-typescript.js'),
        join(ROOT, 'tools/console-api-types.ts'),
        '--document',
        join(folder, 'openapi.json'),
      ],
      { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
    );
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

describe("the console's OpenAPI types", () => {
  let test: TestApp;
  beforeAll(async () => {
    test = await createTestApp(SUITE_CONTEXTS);
  });
  afterAll(async () => {
    await test.close();
    test.remove();
  });

  it('are what the suite documents at /docs-json (else run npm run console:api-types and commit the result)', async () => {
    const document: unknown = (await test.http.get('/docs-json').expect(200)).body;
    expect(readFileSync(CONSOLE_API_TYPES, 'utf8')).toBe(typesOf(document));
  });

  it('infer an answer from its example, merging what the elements of a list show', () => {
    expect(schemaOfExample({ items: [{ id: 'a', total: 2 }, { id: 'b', note: 'x', total: 2.5 }, { id: null }] })).toEqual({
      type: 'object',
      properties: {
        items: {
          type: 'array',
          items: {
            type: 'object',
            properties: { id: { type: 'string' }, total: { type: 'number' }, note: { type: 'string' } },
          },
        },
      },
    });
    expect(schemaOfExample({ years: [[1], 3] })).toEqual({
      type: 'object',
      properties: { years: { type: 'array', items: { oneOf: [{ type: 'array', items: { type: 'integer' } }, { type: 'integer' }] } } },
    });
  });
});
