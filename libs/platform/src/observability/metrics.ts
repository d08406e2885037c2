import { timingSafeEqual } from 'node:crypto';
import { ConcurrencyError, DomainError, IdempotencyError, type EventBus, type EventStore } from '@ia/kernel';
import type { NextFunction, Request, Response } from 'express';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/** What the metrics read when Prometheus scrapes: positions are asked for then, never kept up to date on every event. */
export interface MetricSources {
  readonly store: EventStore;
  readonly bus: EventBus;
  projections(): ReadonlyArray<{ readonly name: string; readonly position: number }>;
  lastBackupAt(): Date | undefined;
}

const SECONDS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/**
 * The suite's Prometheus metrics, one registry per application (tests run several in one process): HTTP by
 * route and status, commands by type and outcome, appends and their latency, every projection's and bus
 * subscription's lag behind the store's head, dead letters, backups, the hash chain, and the process.
 */
export class Metrics {
  readonly registry = new Registry();
  private sources: MetricSources | undefined;
  private readonly http: Histogram<'method' | 'route' | 'status'>;
  private readonly commands: Counter<'command' | 'outcome' | 'code'>;
  private readonly commandSeconds: Histogram<'command'>;
  private readonly appendSeconds: Histogram<'outcome'>;
  private readonly chainFailures: Gauge;

  constructor(service: string) {
    this.registry.setDefaultLabels({ service });
    collectDefaultMetrics({ register: this.registry, prefix: 'ia_' });
    this.http = new Histogram({
      name: 'ia_http_request_duration_seconds',
      help: 'HTTP requests by method, route template and status, with their duration',
      labelNames: ['method', 'route', 'status'],
      buckets: SECONDS,
      registers: [this.registry],
    });
    this.commands = new Counter({
      name: 'ia_commands_total',
      help: 'Commands by type and outcome: accepted, refused (with its code), conflict, error',
      labelNames: ['command', 'outcome', 'code'],
      registers: [this.registry],
    });
    this.commandSeconds = new Histogram({
      name: 'ia_command_duration_seconds',
      help: 'Time from loading the stream to the durable append',
      labelNames: ['command'],
      buckets: SECONDS,
      registers: [this.registry],
    });
    this.appendSeconds = new Histogram({
      name: 'ia_append_duration_seconds',
      help: 'Appends to the event store and their latency until durable; outcome ok, conflict or error',
      labelNames: ['outcome'],
      buckets: SECONDS,
      registers: [this.registry],
    });
    this.chainFailures = new Gauge({
      name: 'ia_hash_chain_failures',
      help: 'Streams whose hash chain did not verify at the last verification (0 when all did)',
      registers: [this.registry],
    });
    this.scraped();
  }

  /** Once the engines are open: the gauges read from them at each scrape. */
  attach(sources: MetricSources): void {
    this.sources = sources;
  }

  observeRequest(method: string, route: string, status: number, seconds: number): void {
    this.http.observe({ method, route, status: String(status) }, seconds);
  }

  /** Wraps a command handler: counts each command with its outcome and times it. */
  measureCommand<Arguments extends unknown[], Result>(
    handle: (...args: Arguments) => Promise<Result>,
    typeOf: (...args: Arguments) => string,
  ) {
    return async (...args: Arguments): Promise<Result> => {
      const command = typeOf(...args);
      const end = this.commandSeconds.startTimer({ command });
      try {
        const result = await handle(...args);
        this.commands.inc({ command, outcome: 'accepted', code: '' });
        return result;
      } catch (error) {
        this.commands.inc({ command, ...outcomeOf(error) });
        throw error;
      } finally {
        end();
      }
    };
  }

  /** The store with every append timed. */
  measureStore(store: EventStore): EventStore {
    const appendSeconds = this.appendSeconds;
    return Object.assign(Object.create(store) as EventStore, {
      async appendToStream(...args: Parameters<EventStore['appendToStream']>) {
        const end = appendSeconds.startTimer();
        try {
          const result = await store.appendToStream(...args);
          end({ outcome: 'ok' });
          return result;
        } catch (error) {
          end({ outcome: error instanceof ConcurrencyError ? 'conflict' : 'error' });
          throw error;
        }
      },
    });
  }

  reportChainVerification(failedStreams: number): void {
    this.chainFailures.set(failedStreams);
  }

  private scraped(): void {
    const sources = () => this.sources;
    const registers = [this.registry];
    new Gauge({
      name: 'ia_store_head_position',
      help: 'Global position of the newest event in the store',
      registers,
      async collect() {
        const source = sources();
        if (source) this.set(await source.store.headPosition());
      },
    });
    new Gauge({
      name: 'ia_subscription_lag_events',
      help: 'Events of the log a projection (projection:<name>) or a bus subscription (bus:<consumer>, relay:<service>) has not reached yet',
      labelNames: ['subscription'],
      registers,
      async collect() {
        const source = sources();
        if (!source) return;
        const head = await source.store.headPosition();
        this.reset();
        for (const { name, position } of source.projections())
          this.set({ subscription: `projection:${name}` }, Math.max(0, head - position));
        for (const [name, position] of Object.entries(source.bus.positions?.() ?? {}))
          this.set({ subscription: name }, Math.max(0, head - position));
      },
    });
    new Gauge({
      name: 'ia_dead_letters',
      help: 'Messages parked because a consumer could not handle them, by consumer',
      labelNames: ['consumer'],
      registers,
      async collect() {
        const source = sources();
        if (!source) return;
        this.reset();
        const counts = new Map<string, number>();
        for (const letter of await source.bus.deadLetters()) counts.set(letter.consumer, (counts.get(letter.consumer) ?? 0) + 1);
        for (const [consumer, count] of counts) this.set({ consumer }, count);
      },
    });
    new Gauge({
      name: 'ia_backup_last_success_timestamp_seconds',
      help: 'When the suite last took a backup of its embedded stores (absent before the first)',
      registers,
      collect() {
        const at = sources()?.lastBackupAt();
        if (at) this.set(at.getTime() / 1000);
      },
    });
  }
}

function outcomeOf(error: unknown): { outcome: string; code: string } {
  if (error instanceof ConcurrencyError) return { outcome: 'conflict', code: error.code };
  if (error instanceof DomainError || error instanceof IdempotencyError) return { outcome: 'refused', code: error.code };
  return { outcome: 'error', code: '' };
}

/**
 * `/metrics` on the service's own port, for a scraper that presents the metrics token (IA_METRICS_TOKEN, from
 * the Secret) as a bearer token: a separate port would need its own Service and probe, and the token keeps the
 * figures (route names, consumer names, volumes) from anyone else who can reach the API.
 */
export function metricsEndpoint(metrics: Metrics, token: string) {
  const expected = Buffer.from(`Bearer ${token}`);
  return async (request: Request, response: Response) => {
    const presented = Buffer.from(request.header('authorization') ?? '');
    if (presented.length !== expected.length || !timingSafeEqual(presented, expected)) {
      response.status(401).set('WWW-Authenticate', 'Bearer').type('text/plain').send('metrics token required\n');
      return;
    }
    response.type(metrics.registry.contentType).send(await metrics.registry.metrics());
  };
}

/** Times every request by its route template (never the concrete path, which holds ids). */
export function httpMetrics(metrics: Metrics) {
  return (request: Request, response: Response, next: NextFunction) => {
    const started = process.hrtime.bigint();
    response.on('finish', () => {
      const route = (request.route as { path?: string } | undefined)?.path;
      const template = route === undefined ? 'unmatched' : `${request.baseUrl}${route}`;
      metrics.observeRequest(request.method, template, response.statusCode, Number(process.hrtime.bigint() - started) / 1e9);
    });
    next();
  };
}
