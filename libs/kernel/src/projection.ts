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

  return {
    projection,
    catchUp: () => subscription.catchUp(),
    start() {
      started = true;
      subscription.start();
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
      const reached = await subscription.catchUp();
      if (wasStarted) subscription.start();
      return reached;
    },
  };
}
