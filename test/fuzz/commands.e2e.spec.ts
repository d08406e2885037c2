import { createTestApp, type TestApp } from '@ia/testing';
import { uuidv7 } from '@ia/platform';
import { SUITE_CONTEXTS } from '../../services/suite/src/contexts';
import { hostilePayloads, RAW_BODIES, type JsonSchema } from './hostile-payloads';

interface Operation {
  readonly method: 'post' | 'put' | 'patch' | 'delete';
  readonly path: string;
  readonly schema: JsonSchema | undefined;
}

const ROLES = ['admin', 'promoter', 'agent', 'leader'] as const;

describe('every command endpoint under malformed and hostile input', () => {
  let test: TestApp;
  let operations: Operation[];
  let components: Record<string, JsonSchema>;

  beforeAll(async () => {
    test = await createTestApp(SUITE_CONTEXTS);
    const document = (await test.http.get('/docs-json').expect(200)).body as {
      paths: Record<string, Record<string, { requestBody?: { content?: Record<string, { schema?: JsonSchema }> } }>>;
      components?: { schemas?: Record<string, JsonSchema> };
    };
    components = document.components?.schemas ?? {};
    operations = Object.entries(document.paths).flatMap(([path, methods]) =>
      Object.entries(methods)
        .filter(([method]) => ['post', 'put', 'patch', 'delete'].includes(method))
        .map(([method, operation]) => ({
          method: method as Operation['method'],
          path,
          schema: operation.requestBody?.content?.['application/json']?.schema,
        })),
    );
  });
  afterAll(async () => {
    await test.close();
    test.remove();
  });

  const concretePath = (path: string) => path.replace(/\{[^}]+\}/g, () => uuidv7());

  /** The first role the route lets through its guard, so the payload reaches validation. */
  async function roleFor(operation: Operation): Promise<(typeof ROLES)[number]> {
    for (const role of ROLES) {
      const response = await test.http[operation.method](concretePath(operation.path)).set(test.as(role)).send({ unexpectedField: true });
      if (response.status !== 403) return role;
    }
    throw new Error(`${operation.method.toUpperCase()} ${operation.path} refuses every writing role`);
  }

  it('never answers 5xx, always answers problem+json, accepts none of it and leaves the event store unchanged', async () => {
    const before = await test.engines.store.headPosition();
    const failures: string[] = [];
    let sent = 0;
    for (const operation of operations) {
      const role = await roleFor(operation);
      const send = async (body: unknown, raw: boolean) => {
        const request = test.http[operation.method](concretePath(operation.path))
          .set(test.as(role, 'fuzzer'))
          .set('Content-Type', 'application/json');
        const response = await request.send(raw ? (body as string) : JSON.stringify(body));
        sent += 1;
        const problem =
          String(response.headers['content-type'] ?? '').startsWith('application/problem+json') && typeof response.body?.code === 'string';
        if (response.status >= 500 || response.status < 400 || !problem) {
          failures.push(
            `${operation.method.toUpperCase()} ${operation.path} -> ${response.status} ${problem ? response.body.code : 'not problem+json'} for ${JSON.stringify(body).slice(0, 120)}`,
          );
        }
      };
      for (const payload of hostilePayloads(operation.schema, components)) await send(payload, false);
      for (const raw of RAW_BODIES) await send(raw, true);
    }
    process.stdout.write(`[fuzz] ${sent} hostile requests to ${operations.length} command endpoints\n`);
    expect(failures.slice(0, 20)).toEqual([]);
    expect(sent).toBeGreaterThan(operations.length * 10);
    expect(await test.engines.store.headPosition()).toBe(before);
  }, 600_000);
});
