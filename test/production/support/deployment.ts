import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import type { Role } from '@ia/kernel';
import { loadConfiguration, signToken } from '@ia/platform';
import type { LifecycleDriver } from '../../e2e/support/suite-driver';
import { SERVICES, startServiceProcess, stopServiceProcess, type ServiceName, type ServiceProcess } from './service-process';

type Body = Record<string, unknown>;

export interface ProductionEngines {
  /** postgres://…?schema=…: the shared event store, with checkpoints, dead letters, idempotency and person keys. */
  readonly storeUrl: string;
  readonly brokers: readonly string[];
  readonly redisUrl: string;
  /** More settings for every service. */
  readonly environment?: Readonly<Record<string, string>>;
}

const SECRET = 'seven-processes-test-secret-of-at-least-32-characters';
const SETTLE_TIMEOUT = 90_000;
const jwt = loadConfiguration({ IA_JWT_SECRET: SECRET }).jwt;

/** Which service answers a path: learned from each service's own OpenAPI document. */
interface Route {
  readonly method: string;
  readonly pattern: RegExp;
  readonly service: ServiceName;
}

/**
 * Services as processes of their own (all seven unless told otherwise) on PostgreSQL, Kafka and Redis, driven
 * over HTTP only: each request goes to the service whose API has the path. The same lifecycle drivers as the
 * one-process suite's run on it.
 */
export class ServiceDeployment implements LifecycleDriver {
  private readonly processes = new Map<ServiceName, ServiceProcess>();
  private routes: Route[] = [];

  private constructor(
    readonly engines: ProductionEngines,
    readonly services: readonly ServiceName[],
    private readonly clockFolder: string,
    private readonly database: Client,
  ) {}

  static async start(
    firstDay: string,
    engines: ProductionEngines,
    services: readonly ServiceName[] = SERVICES,
  ): Promise<ServiceDeployment> {
    const clockFolder = mkdtempSync(join(tmpdir(), 'ia-clock-'));
    const database = new Client({ connectionString: engines.storeUrl.replace(/\?.*$/, '') });
    await database.connect();
    const deployment = new ServiceDeployment(engines, services, clockFolder, database);
    deployment.day(firstDay);
    // All at once, as a deployment starts them; a failure stops the others before it is reported.
    const started = await Promise.allSettled(services.map((name) => deployment.startService(name)));
    const failed = started.find((outcome): outcome is PromiseRejectedResult => outcome.status === 'rejected');
    try {
      if (failed) throw failed.reason;
      await deployment.learnRoutes();
    } catch (error) {
      await deployment.stop();
      throw error;
    }
    return deployment;
  }

  get clockFile(): string {
    return join(this.clockFolder, 'now');
  }

  environment(): Record<string, string> {
    return {
      IA_STORE: this.engines.storeUrl,
      IA_BUS: `kafka://${this.engines.brokers.join(',')}`,
      IA_READ_MODELS: this.engines.redisUrl,
      IA_JWT_SECRET: SECRET,
      IA_TEST_CLOCK_FILE: this.clockFile,
      IA_RATE_LIMIT_PER_MINUTE: '1000000',
      LOG_LEVEL: 'warn',
      KAFKAJS_NO_PARTITIONER_WARNING: '1',
      ...this.engines.environment,
    };
  }

  service(name: ServiceName): ServiceProcess {
    const found = this.processes.get(name);
    if (!found) throw new Error(`${name} is not running`);
    return found;
  }

  async startService(name: ServiceName): Promise<ServiceProcess> {
    const known = this.processes.get(name);
    const started = await startServiceProcess(name, this.environment(), known ? { port: known.port } : {});
    this.processes.set(name, started);
    return started;
  }

  /** SIGTERM: the service closes its engines, as on a rolling update. Resolves how long it took. */
  async stopService(name: ServiceName): Promise<number> {
    return stopServiceProcess(this.service(name));
  }

  /** Starts it again on its port after a stop or a kill. */
  async restartService(name: ServiceName): Promise<ServiceProcess> {
    return this.startService(name);
  }

  /** A bearer header for a user of the role, as the services expect it. */
  bearer(role: Role, user: string): string {
    return `Bearer ${signToken({ user, role, parks: [] }, jwt)}`;
  }

  /** SIGKILL: no shutdown at all, as when a node dies. */
  async killService(name: ServiceName): Promise<void> {
    const service = this.service(name);
    service.child.kill('SIGKILL');
    await service.exited();
  }

  day(date: string): void {
    writeFileSync(this.clockFile, `${date}T02:00:00.000Z`);
  }

  reach(date: string): void {
    if (`${date}T02:00:00.000Z` > this.now()) this.day(date);
  }

  now(): string {
    return readFileSync(this.clockFile, 'utf8');
  }

  async headPosition(): Promise<number> {
    const result = await this.database.query<{ position: string | null }>(`SELECT MAX(position) AS position FROM ${this.table('events')}`);
    return Number(result.rows[0]?.position ?? 0);
  }

  /** The stored events of one type, straight from the database: what a test counts reactions with. */
  async stored(type: string): Promise<Array<{ readonly data: Record<string, unknown> }>> {
    const result = await this.database.query<{ data: string }>(`SELECT data FROM ${this.table('events')} WHERE type = $1`, [type]);
    return result.rows.map((row) => ({ data: JSON.parse(row.data) as Record<string, unknown> }));
  }

  private table(name: string): string {
    return `"${new URL(this.engines.storeUrl).searchParams.get('schema') ?? 'public'}"."${name}"`;
  }

  /**
   * Until two rounds in a row end where they began: every service has published, reacted to and projected the
   * log up to its head, and nobody appended meanwhile. Two rounds, because a service asked early in a round may
   * receive a message that a service asked later only published then.
   */
  async settle(): Promise<void> {
    const deadline = Date.now() + SETTLE_TIMEOUT;
    for (let calm = 0; calm < 2;) {
      const head = await this.headPosition();
      for (const name of this.services) {
        while (!(await this.settledAt(name, head))) {
          if (Date.now() > deadline) throw new Error(`${name} did not settle at position ${head}:\n${this.service(name).output()}`);
        }
      }
      calm = (await this.headPosition()) === head ? calm + 1 : 0;
    }
  }

  async post(role: Role, user: string, path: string, body: Body, status = 200): Promise<Body> {
    return this.call('POST', role, user, path, body, status);
  }

  async put(role: Role, user: string, path: string, body: Body, status = 200): Promise<Body> {
    return this.call('PUT', role, user, path, body, status);
  }

  async get(role: Role, user: string, path: string, query: Readonly<Record<string, string>> = {}): Promise<Body> {
    const search = new URLSearchParams(query).toString();
    return this.call('GET', role, user, search ? `${path}?${search}` : path, undefined, 200);
  }

  /** Asks one service in particular (operations endpoints are in every service). */
  async getFrom(name: ServiceName, role: Role, user: string, path: string): Promise<Body> {
    return this.call('GET', role, user, path, undefined, 200, name);
  }

  /** Which service answers the path. */
  serviceFor(method: string, path: string): ServiceName {
    const bare = path.replace(/\?.*$/, '');
    const route = this.routes.find((candidate) => candidate.method === method && candidate.pattern.test(bare));
    if (!route) throw new Error(`No service answers ${method} ${bare}`);
    return route.service;
  }

  async stop(): Promise<void> {
    await Promise.all([...this.processes.values()].map((service) => stopServiceProcess(service)));
    await this.database.end().catch(() => undefined);
    rmSync(this.clockFolder, { recursive: true, force: true });
  }

  private async settledAt(name: ServiceName, position: number): Promise<boolean> {
    const body = await this.call('GET', 'admin', 'operations', `/api/v1/operations/settled?position=${position}`, undefined, 200, name);
    return body['settled'] === true;
  }

  private async learnRoutes(): Promise<void> {
    const documents = await Promise.all(
      this.services.map(async (name) => {
        const response = await fetch(`${this.service(name).url}/docs-json`);
        const document = (await response.json()) as { paths: Record<string, Record<string, unknown>> };
        return { name, paths: document.paths };
      }),
    );
    this.routes = documents.flatMap(({ name, paths }) =>
      Object.entries(paths)
        .filter(([path]) => !path.startsWith('/api/v1/operations') && path !== '/health')
        .flatMap(([path, methods]) =>
          Object.keys(methods).map((method) => ({
            method: method.toUpperCase(),
            pattern: new RegExp(`^${path.replace(/\{[^}]+\}/g, '[^/]+')}$`),
            service: name,
          })),
        ),
    );
  }

  private async call(
    method: string,
    role: Role,
    user: string,
    path: string,
    body: Body | undefined,
    status: number,
    to?: ServiceName,
  ): Promise<Body> {
    const service = this.service(to ?? this.serviceFor(method, path));
    const response = await fetch(`${service.url}${path}`, {
      method,
      headers: { Authorization: this.bearer(role, user), 'Content-Type': 'application/json' },
      ...(body !== undefined && { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    const parsed = (text ? JSON.parse(text) : {}) as Body;
    if (response.status !== status) throw new Error(`${method} ${path} (${service.name}) answered ${response.status}: ${text}`);
    return parsed;
  }
}
