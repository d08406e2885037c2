import { Inject, Injectable, Logger, Optional, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import {
  createCommandHandler,
  createIdempotencyRecorder,
  createProjectionRunner,
  createSubscription,
  type Aggregate,
  type CommandHandler,
  type Consumer,
  type DomainEvent,
  type Projection,
  type ProjectionRunner,
  type Publisher,
  type Subscription,
} from '@ia/kernel';
import { createMemoryCheckpointStore } from '@ia/adapters/memory';
import type { Engines } from './engines';
import type { Metrics } from '../observability/metrics';
import type { Tracing } from '../observability/tracing';
import { createSharedEventCatalog, type EventDescription, type ServiceCatalog } from './event-catalog';
import { CLOCK, ENGINES, ID_GENERATOR, METRICS, TRACING, type Clock, type IdGenerator } from './tokens';

export type { EventDescription } from './event-catalog';

const READ_YOUR_WRITES_TIMEOUT = 5_000;
const IDEMPOTENCY_SUBSCRIPTION = 'idempotency-keys';

/**
 * The event-sourcing runtime of one process: command handlers over the store, the projections that
 * keep read models, and the bus. Context modules register in onModuleInit; everything catches up
 * before the port opens, so read models are complete when the first request arrives.
 */
@Injectable()
export class EventSourcingRuntime implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('EventSourcing');
  private readonly runners = new Map<string, ProjectionRunner>();
  private readonly servicesByCategory = new Map<string, string>();
  private readonly descriptions = new Map<string, EventDescription>();
  private idempotencySubscription: Subscription | undefined;

  private readonly sharedCatalog: ReturnType<typeof createSharedEventCatalog>;

  constructor(
    @Inject(ENGINES) readonly engines: Engines,
    @Inject(ID_GENERATOR) private readonly newId: IdGenerator,
    @Inject(CLOCK) clock: Clock,
    @Optional() @Inject(METRICS) private readonly metrics: Metrics | null = null,
    @Optional() @Inject(TRACING) private readonly tracing: Tracing | null = null,
  ) {
    this.sharedCatalog = createSharedEventCatalog({
      store: engines.store,
      checkpoints: createMemoryCheckpointStore(),
      newId,
      now: () => clock.now().toISOString(),
      ...(engines.pollIntervalMilliseconds !== undefined && { pollIntervalMilliseconds: engines.pollIntervalMilliseconds }),
    });
  }

  commandHandler<Command, Event extends DomainEvent, State>(aggregate: Aggregate<Command, Event, State>): CommandHandler<Command> {
    const handle = createCommandHandler(
      { store: this.engines.store, idempotency: this.engines.idempotency, newEventId: this.newId },
      aggregate,
    );
    // Counted and traced here, at the one place every context's commands pass.
    const traced = this.tracing ? this.tracing.traceCommand(handle, (_stream, command) => commandTypeOf(command)) : handle;
    return this.metrics ? this.metrics.measureCommand(traced, (_stream, command) => commandTypeOf(command)) : traced;
  }

  registerProjection(projection: Projection): void {
    if (this.runners.has(projection.name)) throw new Error(`Projection ${projection.name} is registered twice`);
    this.runners.set(
      projection.name,
      createProjectionRunner(projection, {
        store: this.engines.store,
        readModels: this.engines.readModels,
        checkpoints: this.engines.checkpoints,
        ...(this.engines.pollIntervalMilliseconds !== undefined && { pollIntervalMilliseconds: this.engines.pollIntervalMilliseconds }),
        onError: (error, event) =>
          this.logger.error(`Projection ${projection.name} failed at ${event?.eventId ?? 'a batch'}: ${String(error)}`),
      }),
    );
  }

  registerPublisher(publisher: Publisher): void {
    this.engines.bus.registerPublisher(publisher);
    for (const category of publisher.streamCategories) this.servicesByCategory.set(category, publisher.service);
  }

  /** What each event type means to people, in Chinese and English: shown when an auditor replays a project. */
  describeEvents(service: string, descriptions: Readonly<Record<string, { readonly zh: string; readonly en: string }>>): void {
    for (const [type, text] of Object.entries(descriptions)) this.descriptions.set(type, { service, ...text });
  }

  /**
   * Which service owns a stream category, and what an event type means; undefined when nobody said. What this
   * process registered comes first, then what services running elsewhere stored (see event-catalog.ts).
   */
  eventCatalog(): { serviceOf(category: string): string | undefined; describe(type: string): EventDescription | undefined } {
    return {
      serviceOf: (category) => this.servicesByCategory.get(category) ?? this.sharedCatalog.serviceOf(category),
      describe: (type) => this.descriptions.get(type) ?? this.sharedCatalog.describe(type),
    };
  }

  /** This process's catalog, one entry per service whose publisher or event descriptions it registered. */
  private ownCatalogs(): ServiceCatalog[] {
    const services = new Set([...this.servicesByCategory.values(), ...[...this.descriptions.values()].map((text) => text.service)]);
    return [...services].sort().map((service) => ({
      service,
      categories: [...this.servicesByCategory].filter(([, owner]) => owner === service).map(([category]) => category),
      descriptions: Object.fromEntries(
        [...this.descriptions].filter(([, text]) => text.service === service).map(([type, text]) => [type, { zh: text.zh, en: text.en }]),
      ),
    }));
  }

  registerConsumer(consumer: Consumer): void {
    this.engines.bus.registerConsumer(this.tracing ? this.tracing.traceConsumer(consumer) : consumer);
  }

  projections(): ReadonlyArray<{ name: string; position: number }> {
    return [...this.runners.values()].map((runner) => ({ name: runner.projection.name, position: runner.position() }));
  }

  async rebuild(name: string): Promise<number | undefined> {
    return this.runners.get(name)?.rebuild();
  }

  /** Read-your-writes: waits until every read model has seen the given position. */
  async readModelsAt(position: number, timeout = READ_YOUR_WRITES_TIMEOUT): Promise<boolean> {
    const reached = await Promise.all([...this.runners.values()].map((runner) => runner.waitFor(position, timeout)));
    return reached.every(Boolean);
  }

  /** Waits until reactions in other contexts have handled everything up to the position. */
  async reactionsAt(position: number, timeout = READ_YOUR_WRITES_TIMEOUT): Promise<boolean> {
    return this.engines.bus.settled(position, timeout);
  }

  async onApplicationBootstrap(): Promise<void> {
    try {
      await this.catchUpAndStart();
    } catch (error) {
      // Nest calls no shutdown hook after a failed bootstrap: close the engines here, or their connections outlive it.
      await this.onApplicationShutdown().catch(() => undefined);
      throw error;
    }
  }

  private async catchUpAndStart(): Promise<void> {
    const started = Date.now();
    const restored = this.engines.restored;
    if (restored) await this.engines.checkpoints.reset(IDEMPOTENCY_SUBSCRIPTION);
    const recorder = createIdempotencyRecorder(this.engines.idempotency);
    this.idempotencySubscription = createSubscription({
      name: IDEMPOTENCY_SUBSCRIPTION,
      store: this.engines.store,
      checkpoints: this.engines.checkpoints,
      ...(this.engines.pollIntervalMilliseconds !== undefined && { pollIntervalMilliseconds: this.engines.pollIntervalMilliseconds }),
      handle: (event) => recorder.record(event),
    });
    await this.idempotencySubscription.catchUp();
    await recorder.flush();
    // After a restore, read models kept elsewhere (Redis) may hold what the backup does not: they start over.
    await Promise.all([...this.runners.values()].map((runner) => (restored ? runner.rebuild() : runner.catchUp())));
    if (restored) {
      restored.acknowledge(new Date().toISOString());
      this.logger.log(`Restored from the backup of ${restored.marker.takenAt}: chains verified, ${this.runners.size} read models rebuilt`);
    }
    for (const runner of this.runners.values()) runner.start();
    // Only a deployment of separate processes needs the catalogs in the store; one process knows every service.
    if (this.engines.names.bus === 'kafka') await this.sharedCatalog.publish(this.ownCatalogs());
    await this.sharedCatalog.follow();
    await this.engines.bus.start();
    const head = await this.engines.store.headPosition();
    this.logger.log(`Caught up ${this.runners.size} projections to position ${head} in ${Date.now() - started} ms`);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.sharedCatalog.stop();
    await Promise.all([...this.runners.values()].map((runner) => runner.stop()));
    await this.engines.close();
  }
}

function commandTypeOf(command: unknown): string {
  const type = (command as { type?: unknown } | null)?.type;
  return typeof type === 'string' ? type : 'unknown';
}
