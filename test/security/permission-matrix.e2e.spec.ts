import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createTestApp, type TestApp } from '@ia/testing';
import { uuidv7 } from '@ia/platform';
import { SUITE_CONTEXTS } from '../../services/suite/src/contexts';

const ROLES = ['promoter', 'agent', 'leader', 'admin', 'auditor'] as const;
type Role = (typeof ROLES)[number];

/** The written matrix: docs/permissions.md, one row per endpoint, ✓ where the role may call it. */
function readMatrix(): Map<string, Set<Role>> {
  const text = readFileSync(join(__dirname, '../../docs/permissions.md'), 'utf8');
  const matrix = new Map<string, Set<Role>>();
  for (const line of text.split('\n')) {
    const cells = line.split('|').map((cell) => cell.trim());
    const [, method, path, ...marks] = cells;
    if (!method || !/^(GET|POST|PUT|PATCH|DELETE)$/.test(method) || !path) continue;
    const key = `${method} ${path.replace(/`/g, '')}`;
    if (matrix.has(key)) throw new Error(`${key} appears twice in docs/permissions.md`);
    matrix.set(key, new Set(ROLES.filter((_, index) => marks[index] === '✓')));
  }
  return matrix;
}

describe('the permission matrix', () => {
  let test: TestApp;
  let endpoints: string[];
  const matrix = readMatrix();

  beforeAll(async () => {
    test = await createTestApp(SUITE_CONTEXTS);
    const document = (await test.http.get('/docs-json').expect(200)).body as { paths: Record<string, Record<string, unknown>> };
    endpoints = Object.entries(document.paths)
      .flatMap(([path, methods]) => Object.keys(methods).map((method) => `${method.toUpperCase()} ${path}`))
      .filter((endpoint) => !endpoint.endsWith(' /health'));
  });
  afterAll(async () => {
    await test.close();
    test.remove();
  });

  it('has an entry for every endpoint in the OpenAPI document, and no entry for one that does not exist', () => {
    expect(endpoints.filter((endpoint) => !matrix.has(endpoint))).toEqual([]);
    expect([...matrix.keys()].filter((endpoint) => !endpoints.includes(endpoint))).toEqual([]);
  });

  it('lets each role call exactly what the matrix allows, and auditors only read', async () => {
    const mismatches: string[] = [];
    for (const endpoint of endpoints) {
      const [method, path] = endpoint.split(' ') as [string, string];
      const allowed = matrix.get(endpoint) ?? new Set<Role>();
      // Auditors read the suite's data only; signing in and out and their own password are no part of it.
      const ownSession = path === '/api/v1/session' || path.startsWith('/api/v1/session/');
      if (method !== 'GET' && allowed.has('auditor') && !ownSession) mismatches.push(`${endpoint}: auditors are read-only`);
      for (const role of ROLES) {
        const url = path.replace(/\{[^}]+\}/g, () => uuidv7());
        const request = test.http[method.toLowerCase() as 'get' | 'post' | 'put' | 'patch' | 'delete'](url).set(test.as(role));
        // An empty body is refused by validation after the guard, so nothing is written by this walk.
        const response = method === 'GET' ? await request : await request.send({ permissionProbe: true });
        const refused = response.status === 403 && response.body?.code === 'AUTH.ROLE_NOT_ALLOWED';
        if (refused === allowed.has(role))
          mismatches.push(
            `${endpoint} as ${role}: ${response.status} ${response.body?.code ?? ''} but the matrix says ${allowed.has(role) ? 'allow' : 'deny'}`,
          );
      }
    }
    expect(mismatches).toEqual([]);
  }, 120_000);
});
