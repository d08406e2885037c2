import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DynamicModule, LoggerService, Type } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { SpanExporter } from '@opentelemetry/sdk-trace-base';
import request from 'supertest';
import type { Role } from '@ia/kernel';
import {
  createApplication,
  EventSourcingRuntime,
  loadConfiguration,
  signToken,
  type Clock,
  type Configuration,
  type Engines,
  ENGINES,
} from '@ia/platform';

export interface TestApp {
  readonly app: NestExpressApplication;
  readonly http: ReturnType<typeof request>;
  readonly configuration: Configuration;
  readonly engines: Engines;
  readonly runtime: EventSourcingRuntime;
  readonly dataDirectory: string;
  /** A bearer header for a user of the given role. */
  as(role: Role, user?: string, parks?: readonly string[]): { Authorization: string };
  /** Stops the app; the data directory stays until `remove`, so a test can start again on it. */
  close(): Promise<void>;
  remove(): void;
}

export interface TestAppOptions {
  readonly clock?: Clock;
  /** Reuse the data of an earlier app, as a restart would. */
  readonly dataDirectory?: string;
  readonly environment?: Readonly<Record<string, string>>;
  /** Where the app logs; silent when absent. */
  readonly logger?: LoggerService;
  /** Collects the app's trace spans (tracing is off otherwise). */
  readonly spanExporter?: SpanExporter;
  /** A built web console to serve at `/`, as the suite does. */
  readonly console?: string;
}

/** The service's real application on embedded engines in a temporary folder, served through supertest. */
export async function createTestApp(contexts: ReadonlyArray<Type | DynamicModule>, options: TestAppOptions = {}): Promise<TestApp> {
  const dataDirectory = options.dataDirectory ?? mkdtempSync(join(tmpdir(), 'ia-app-'));
  const configuration = loadConfiguration({ IA_DATA_DIR: dataDirectory, LOG_LEVEL: 'error', ...options.environment });
  const app = await createApplication(
    { name: 'test', contexts, ...(options.console !== undefined && { console: options.console }) },
    configuration,
    {
      logger: options.logger ?? false,
      ...(options.clock && { clock: options.clock }),
      ...(options.spanExporter && { spanExporter: options.spanExporter }),
    },
  );
  // Listening (not just initialised) lets concurrent requests share one server, as in production.
  await app.listen(0, '127.0.0.1');
  return {
    app,
    http: request(app.getHttpServer()),
    configuration,
    engines: app.get<Engines>(ENGINES),
    runtime: app.get(EventSourcingRuntime),
    dataDirectory,
    as(role, user = `${role}-1`, parks = []) {
      return { Authorization: `Bearer ${signToken({ user, role, parks }, configuration.jwt)}` };
    },
    close: () => app.close(),
    remove: () => rmSync(dataDirectory, { recursive: true, force: true }),
  };
}

/** A clock that tests move by hand. */
export function fixedClock(iso: string): Clock & { set(iso: string): void } {
  let current = new Date(iso);
  return {
    now: () => new Date(current),
    set(next: string) {
      current = new Date(next);
    },
  };
}
