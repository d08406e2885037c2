import type { RecordedEvent } from './envelope';
import type { CheckpointStore } from './ports/checkpoint-store';
import type { EventStore } from './ports/event-store';
import type { ReadModelStore } from './ports/read-model-store';
import { createSubscription, type Subscription } from './subscription';
import type { Upcast } from './upcasting';

/** A read model kept from the global log. `apply` must be idempotent: delivery is at-least-once. */
export interface Projection {
  readonly name: string;
  /** Collections it owns: cleared when it is rebuilt. */
  readonly collections: readonly string[];
  /** The stream categories whose events it reads; the whole log when absent. */
  readonly categories?: readonly string[];
  /** Per collection, the fields its lists select by (a park, a status): the store keeps an index of each. */
  readonly indexes?: Readonly<Record<string, readonly string[]>>;
  /**
   * The shape of its documents, from 1. Raised when documents change shape: durable read models kept
   * under an older version are rebuilt from the log before the first catch-up answers anything.
   */
  readonly version?: number;
  apply(event: RecordedEvent, readModels: ReadModelStore): Promise<void>;
}

export interface ProjectionRunner extends Subscription {
  readonly projection: Projection;
  /** Clears the read model and its checkpoint, then replays the whole log into it. */
  rebuild(): Promise<number>;
}

export interface ProjectionRunnerOptions {
  readonly store: EventStore;
  readonly readModels: ReadModelStore;
  readonly checkpoints: CheckpointStore;
  readonly upcast?: Upcast;
  readonly batchSize?: number;
  readonly pollIntervalMilliseconds?: number;
  readonly onError?: (error: unknown, event: RecordedEvent | undefined) => void;
}

export function createProjectionRunner(projection: Projection, options: ProjectionRunnerOptions): ProjectionRunner {
  const name = `projection:${projection.name}`;
  const build = () =>
    createSubscription({
      name,
      store: options.store,
      checkpoints: options.checkpoints,
      handle: (event) => projection.apply(event, options.readModels),
      ...(projection.categories && { categories: projection.categories }),
      ...(options.upcast && { upcast: options.upcast }),
      ...(options.batchSize && { batchSize: options.batchSize }),
      ...(options.pollIntervalMilliseconds && { pollIntervalMilliseconds: options.pollIntervalMilliseconds }),
      ...(options.onError && { onError: options.onError }),
    });
  let subscription = build();
  let started = false;
  // Declared before the first catch-up, which the runtime finishes before it answers any query.
  let prepared = false;
  /** Before the first catch-up: documents of an older shape are dropped, then the indexes are declared. */
  const prepare = async () => {
    if (prepared) return;
    const versionName = `projection-version:${projection.name}`;
    const version = projection.version ?? 1;
    const stored = (await options.checkpoints.load(versionName)) ?? ((await options.checkpoints.load(name)) ? 1 : version);
    if (stored !== version) {
      await options.readModels.clear(projection.collections);
      await options.checkpoints.reset(name);
    }
    await options.checkpoints.save(versionName, version);
    for (const [collection, fields] of Object.entries(projection.indexes ?? {})) {
      for (const field of fields) await options.readModels.ensureIndex(collection, field);
    }
    prepared = true;
  };

  return {
    projection,
    async catchUp() {
      await prepare();
      return subscription.catchUp();
    },
    start() {
      started = true;
      if (prepared) subscription.start();
      else
        prepare().then(
          () => started && subscription.start(),
          (error: unknown) => options.onError?.(error, undefined),
        );
    },
    stop() {
      started = false;
      return subscription.stop();
    },
    position: () => subscription.position(),
    waitFor: (position, timeout) => subscription.waitFor(position, timeout),
    async rebuild() {
      const wasStarted = started;
      await subscription.stop();
      await options.readModels.clear(projection.collections);
      await options.checkpoints.reset(name);
      subscription = build();
      await prepare();
      const reached = await subscription.catchUp();
      if (wasStarted) subscription.start();
      return reached;
    },
  };
}
