import type { RecordedEvent } from './envelope';
import type { CheckpointStore } from './ports/checkpoint-store';
import type { EventStore } from './ports/event-store';
import { noUpcasting, type Upcast } from './upcasting';

export interface SubscriptionOptions {
  readonly name: string;
  readonly store: EventStore;
  readonly checkpoints: CheckpointStore;
  readonly handle: (event: RecordedEvent) => Promise<void>;
  /** Follow only streams of these categories: the store skips the rest of the log for it. */
  readonly categories?: readonly string[];
  readonly upcast?: Upcast;
  readonly batchSize?: number;
  /** Other processes may append to the same store: poll for what no local notification announces. */
  readonly pollIntervalMilliseconds?: number;
  /** Told of a failure before the batch is tried again; the subscription never skips the event. */
  readonly onError?: (error: unknown, event: RecordedEvent | undefined) => void;
}

export interface Subscription {
  /** Reads and handles everything after the checkpoint, then returns the position reached. */
  catchUp(): Promise<number>;
  start(): void;
  stop(): Promise<void>;
  position(): number;
  /** Resolves true once the subscription has handled the given position, false on timeout. */
  waitFor(position: number, timeoutMilliseconds: number): Promise<boolean>;
}

const DEFAULT_BATCH = 500;
const DEFAULT_POLL = 250;
const MAX_BACKOFF = 5_000;
/**
 * A filtered subscription that handled nothing in a pass still moves past other streams' events. Saving
 * that costs a durable write on every append anywhere; after a restart, re-reading a skipped span costs
 * only a scan of the index. So such a pass saves only when the span since the last save grows this long.
 */
const SKIPPED_SPAN_TO_SAVE = 1_000;

/** A catch-up subscription to the global log from a stored checkpoint: at-least-once, in order, no gaps. */
export function createSubscription(options: SubscriptionOptions): Subscription {
  const upcast = options.upcast ?? noUpcasting;
  const batchSize = options.batchSize ?? DEFAULT_BATCH;
  const poll = options.pollIntervalMilliseconds ?? DEFAULT_POLL;
  let current = -1;
  let saved = -1;
  let running = false;
  let loop: Promise<void> | undefined;
  let wake: (() => void) | undefined;
  // An append announced while the subscription is busy reading must not wait for the next poll.
  let notified = false;
  let unlisten: (() => void) | undefined;
  const waiters = new Set<{ position: number; resolve: (reached: boolean) => void }>();

  const advance = (position: number) => {
    current = position;
    for (const waiter of waiters) {
      if (waiter.position <= current) {
        waiters.delete(waiter);
        waiter.resolve(true);
      }
    }
  };

  const catchUp = async (): Promise<number> => {
    if (current < 0) {
      current = (await options.checkpoints.load(options.name)) ?? 0;
      saved = current;
    }
    for (;;) {
      // Read before the batch: every event of the categories up to it is in the batch if the batch is not full.
      const head = options.categories ? await options.store.headPosition() : 0;
      const batch = await options.store.readAll({
        after: current,
        maxCount: batchSize,
        ...(options.categories && { categories: options.categories }),
      });
      for (const event of batch) {
        try {
          await options.handle(upcast(event));
        } catch (error) {
          options.onError?.(error, event);
          throw error;
        }
      }
      const full = batch.length === batchSize;
      // A filtered subscription has seen the log up to the head even when the last events were not its own.
      const reached = Math.max(batch.at(-1)?.position ?? 0, full ? 0 : head);
      if (reached > current) {
        if (batch.length > 0 || reached - saved >= SKIPPED_SPAN_TO_SAVE) {
          await options.checkpoints.save(options.name, reached);
          saved = reached;
        }
        advance(reached);
      }
      if (!full) return current;
    }
  };

  // A stop that lands between a pass and the next sleep must not leave the loop asleep for a whole poll.
  const sleep = (milliseconds: number) =>
    running
      ? new Promise<void>((resolve) => {
          const finish = () => {
            clearTimeout(timer);
            if (wake === finish) wake = undefined;
            resolve();
          };
          const timer = setTimeout(finish, milliseconds);
          wake = finish;
        })
      : Promise.resolve();

  const run = async () => {
    let failures = 0;
    while (running) {
      try {
        notified = false;
        await catchUp();
        failures = 0;
        if (!notified) await sleep(poll);
      } catch (error) {
        failures += 1;
        if (!(error instanceof Error && 'handled' in error)) options.onError?.(error, undefined);
        await sleep(Math.min(MAX_BACKOFF, 50 * 2 ** failures));
      }
    }
  };

  return {
    catchUp,
    start() {
      if (running) return;
      running = true;
      unlisten = options.store.onAppended(() => {
        notified = true;
        wake?.();
      });
      loop = run();
    },
    async stop() {
      running = false;
      unlisten?.();
      wake?.();
      await loop;
      for (const waiter of waiters) waiter.resolve(false);
      waiters.clear();
    },
    position: () => current,
    waitFor(position, timeoutMilliseconds) {
      if (position <= current) return Promise.resolve(true);
      return new Promise((resolve) => {
        const waiter = {
          position,
          resolve: (reached: boolean) => {
            clearTimeout(timer);
            resolve(reached);
          },
        };
        const timer = setTimeout(() => {
          waiters.delete(waiter);
          resolve(false);
        }, timeoutMilliseconds);
        waiters.add(waiter);
        wake?.();
      });
    },
  };
}
