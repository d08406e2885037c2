import type { Role } from '@ia/kernel';
import { createTestApp, fixedClock, type TestApp, type TestAppOptions } from '@ia/testing';
import { SUITE_CONTEXTS } from '../../../services/suite/src/contexts';

type Body = Record<string, unknown>;

/** What the lifecycle drivers need of a running suite: one process here, or seven (test/production). */
export interface LifecycleDriver {
  day(date: string): void;
  reach(date: string): void;
  settle(): Promise<void>;
  post(role: Role, user: string, path: string, body: Body, status?: number): Promise<Body>;
  put(role: Role, user: string, path: string, body: Body, status?: number): Promise<Body>;
  get(role: Role, user: string, path: string, query?: Readonly<Record<string, string>>): Promise<Body>;
}

/**
 * The whole suite in one process, driven over HTTP only, with a clock moved by hand as the days pass.
 * Cross-service reactions are awaited through the runtime, never by sleeping.
 */
export class SuiteDriver implements LifecycleDriver {
  private constructor(
    private test: TestApp,
    private readonly clock: ReturnType<typeof fixedClock>,
  ) {}

  static async start(firstDay: string, options: Omit<TestAppOptions, 'clock'> = {}): Promise<SuiteDriver> {
    const clock = fixedClock(morningOf(firstDay));
    return new SuiteDriver(await createTestApp(SUITE_CONTEXTS, { ...options, clock }), clock);
  }

  get app(): TestApp {
    return this.test;
  }

  /** Ten in the morning, China Standard Time, of the given business day. */
  day(date: string): void {
    this.clock.set(morningOf(date));
  }

  /** Moves the clock on to the given day when a step happens later than today; never back. */
  reach(date: string): void {
    if (morningOf(date) > this.clock.now().toISOString()) this.day(date);
  }

  /** Stops the suite and starts it again on the same data, as an operator's restart would. */
  async restart(): Promise<void> {
    const dataDirectory = this.test.dataDirectory;
    await this.test.close();
    this.test = await createTestApp(SUITE_CONTEXTS, { clock: this.clock, dataDirectory });
  }

  async stop(): Promise<void> {
    await this.test.close();
    this.test.remove();
  }

  /** Waits until every reaction in every service, and every read model, has seen everything appended so far. */
  async settle(): Promise<void> {
    for (let head = -1; head !== (await this.test.engines.store.headPosition());) {
      head = await this.test.engines.store.headPosition();
      if (!(await this.test.runtime.reactionsAt(head))) throw new Error(`Reactions did not reach position ${head}`);
      if (!(await this.test.runtime.readModelsAt(head))) throw new Error(`Read models did not reach position ${head}`);
    }
  }

  async post(role: Role, user: string, path: string, body: Body, status = 200): Promise<Body> {
    return this.expect(this.test.http.post(path).set(this.test.as(role, user)).send(body), status, `POST ${path}`);
  }

  async put(role: Role, user: string, path: string, body: Body, status = 200): Promise<Body> {
    return this.expect(this.test.http.put(path).set(this.test.as(role, user)).send(body), status, `PUT ${path}`);
  }

  async get(role: Role, user: string, path: string, query: Readonly<Record<string, string>> = {}): Promise<Body> {
    return this.expect(this.test.http.get(path).query(query).set(this.test.as(role, user)), 200, `GET ${path}`);
  }

  private async expect(call: PromiseLike<{ status: number; body: unknown }>, status: number, what: string): Promise<Body> {
    const response = await call;
    if (response.status !== status) throw new Error(`${what} answered ${response.status}: ${JSON.stringify(response.body)}`);
    return response.body as Body;
  }
}

function morningOf(date: string): string {
  return `${date}T02:00:00.000Z`;
}
