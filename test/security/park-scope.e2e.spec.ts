import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Role } from '@ia/kernel';
import { firstHalf, secondHalf } from '../e2e/support/lifecycle';
import { PARK, type Project } from '../e2e/support/lifecycle-early';
import { SuiteDriver } from '../e2e/support/suite-driver';

jest.setTimeout(240_000);

const ROLES = ['promoter', 'agent', 'leader', 'admin', 'auditor'] as const;
const SCOPES = ['park', 'filtered', 'county', 'self', 'public'] as const;
/** What the park rules refuse with: a route about the caller's own session, or a public one, never answers these. */
const PARK_REFUSALS = ['AUTH.PARK_NOT_ALLOWED', 'AUTH.COUNTY_SCOPE_REQUIRED', 'AUTH.ROUTE_WITHOUT_SCOPE', 'AUTH.ROLE_NOT_ALLOWED'];
type Scope = (typeof SCOPES)[number];
interface Row {
  readonly roles: readonly Role[];
  readonly scope: Scope;
}

/** docs/permissions.md: the roles marked ✓ and the park scope column of each endpoint. */
function readMatrix(): Map<string, Row> {
  const text = readFileSync(join(__dirname, '../../docs/permissions.md'), 'utf8');
  const rows = new Map<string, Row>();
  for (const line of text.split('\n')) {
    const [, method, path, ...cells] = line.split('|').map((cell) => cell.trim());
    if (!method || !/^(GET|POST|PUT|PATCH|DELETE)$/.test(method) || !path) continue;
    const scope = cells[ROLES.length]?.replace(/`/g, '') as Scope;
    if (!SCOPES.includes(scope)) throw new Error(`${method} ${path}: park scope "${scope}" is not one of ${SCOPES.join(', ')}`);
    rows.set(`${method} ${path.replace(/`/g, '')}`, { roles: ROLES.filter((_, index) => cells[index] === '✓'), scope });
  }
  return rows;
}

/** Every id of the project's life, from its replayed history: the values a probe puts in paths, queries and bodies. */
async function idsOf(suite: SuiteDriver, project: Project): Promise<Record<string, string>> {
  const history = await suite.get('auditor', 'auditor-chen', `/api/v1/projects/${project.projectId}/history`, { limit: '1000' });
  const ids: Record<string, string> = { leadId: project.leadId, projectId: project.projectId, parkId: PARK };
  for (const item of history['items'] as Array<{ data: Record<string, unknown> }>) {
    for (const [key, value] of Object.entries(item.data)) {
      if (/^(itemId|parcelId|agreementId|problemId)$/.test(key) && typeof value === 'string') ids[key] ??= value;
    }
  }
  return ids;
}

function pathFor(template: string, ids: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    if (name === 'id') return template.startsWith('/api/v1/agreements') ? ids['agreementId']! : ids['leadId']!;
    const fixed: Record<string, string> = {
      month: '2026-05',
      year: '2026',
      code: 'business_registration',
      name: 'leads',
      channelId: 'wecom-1',
    };
    const value = ids[name] ?? fixed[name];
    if (value === undefined) throw new Error(`No value for {${name}} in ${template}`);
    return value;
  });
}

/**
 * Walks every endpoint of the OpenAPI document with a token for another park and one for the project's
 * own, after a whole project life in one park: the written scope of each endpoint must hold.
 */
describe('park scope over every endpoint', () => {
  let suite: SuiteDriver;
  let ids: Record<string, string>;
  let endpoints: string[];
  const matrix = readMatrix();

  beforeAll(async () => {
    suite = await SuiteDriver.start('2026-02-09');
    const project = await firstHalf(suite);
    await secondHalf(suite, project);
    await suite.settle();
    ids = await idsOf(suite, project);
    const document = (await suite.app.http.get('/docs-json').expect(200)).body as { paths: Record<string, Record<string, unknown>> };
    endpoints = Object.entries(document.paths)
      .flatMap(([path, methods]) => Object.keys(methods).map((method) => `${method.toUpperCase()} ${path}`))
      .filter((endpoint) => !endpoint.endsWith(' /health'));
  });
  afterAll(() => suite.stop());

  async function probe(endpoint: string, parks: readonly string[]) {
    const [method, template] = endpoint.split(' ') as [string, string];
    const row = matrix.get(endpoint)!;
    const role = row.roles.includes('admin') ? 'admin' : row.roles[0]!;
    const http = suite.app.http[method.toLowerCase() as 'get' | 'post' | 'put' | 'patch' | 'delete'](pathFor(template, ids))
      .query({ parkId: PARK })
      .set(suite.app.as(role, `${role}-probe`, parks));
    // The ids beside the probe field make the body invalid, so a probe that passes the guard writes nothing.
    const response =
      method === 'GET'
        ? await http
        : await http.send({ parkId: PARK, projectId: ids['projectId'], leadId: ids['leadId'], scopeProbe: true });
    return { status: response.status, code: (response.body as { code?: string })?.code, text: JSON.stringify(response.body) };
  }

  it('reads its ids from a real project life', () => {
    expect(Object.keys(ids).sort()).toEqual(['agreementId', 'itemId', 'leadId', 'parcelId', 'parkId', 'problemId', 'projectId']);
  });

  it('refuses another park’s holder on every endpoint, and lists show them nothing of the park', async () => {
    const mismatches: string[] = [];
    const secrets = Object.entries(ids).filter(([name]) => name !== 'parkId');
    for (const endpoint of endpoints.filter((candidate) => matrix.has(candidate) && matrix.get(candidate)!.roles.length > 0)) {
      const { scope } = matrix.get(endpoint)!;
      const answer = await probe(endpoint, ['another-park']);
      const expected = { park: 'AUTH.PARK_NOT_ALLOWED', county: 'AUTH.COUNTY_SCOPE_REQUIRED' }[scope as 'park' | 'county'];
      if (expected !== undefined && (answer.status !== 403 || answer.code !== expected)) {
        mismatches.push(`${endpoint}: ${answer.status} ${answer.code ?? ''}, expected 403 ${expected}`);
      }
      if ((scope === 'self' || scope === 'public') && (answer.status >= 500 || PARK_REFUSALS.includes(answer.code ?? '')))
        mismatches.push(`${endpoint}: ${answer.status} ${answer.code}`);
      if (scope === 'filtered') {
        if (!endpoint.startsWith('GET ')) mismatches.push(`${endpoint}: only reads may filter, a command acts on one park`);
        // Naming another park in the filter may be refused outright; no other refusal of the guard is right here.
        const refusedPark = answer.status === 403 && answer.code === 'AUTH.PARK_NOT_ALLOWED';
        if (answer.status >= 500 || (answer.code?.startsWith('AUTH.') && !refusedPark))
          mismatches.push(`${endpoint}: ${answer.status} ${answer.code}`);
        const leaked = secrets.filter(([, value]) => answer.text.includes(value)).map(([name]) => name);
        if (answer.status < 300 && leaked.length > 0) mismatches.push(`${endpoint}: shows another park's ${leaked.join(', ')}`);
      }
    }
    expect(mismatches).toEqual([]);
  });

  it('lets the park’s own holder through the same endpoints', async () => {
    const mismatches: string[] = [];
    for (const endpoint of endpoints.filter((candidate) => matrix.get(candidate)?.scope !== 'county')) {
      if (matrix.get(endpoint)!.roles.length === 0) continue;
      const answer = await probe(endpoint, [PARK]);
      const ownOrPublic = ['self', 'public'].includes(matrix.get(endpoint)!.scope);
      const refused = ownOrPublic ? PARK_REFUSALS.includes(answer.code ?? '') : answer.code?.startsWith('AUTH.');
      if (answer.status >= 500 || refused) mismatches.push(`${endpoint}: ${answer.status} ${answer.code}`);
    }
    expect(mismatches).toEqual([]);
  });
});
