import {
  canonicalJson,
  ConcurrencyError,
  createSubscription,
  type CheckpointStore,
  type EventStore,
  type RecordedEvent,
  type Subscription,
} from '@ia/kernel';

export interface EventDescription {
  readonly service: string;
  readonly zh: string;
  readonly en: string;
}

/** What one service says about its events: the stream categories it owns and what each event type means. */
export interface ServiceCatalog {
  readonly service: string;
  readonly categories: readonly string[];
  readonly descriptions: Readonly<Record<string, { readonly zh: string; readonly en: string }>>;
}

const CATEGORY = 'eventcatalog';
const TYPE = 'EventCatalogPublished';

export interface SharedEventCatalogOptions {
  readonly store: EventStore;
  readonly checkpoints: CheckpointStore;
  readonly newId: () => string;
  readonly now: () => string;
  readonly pollIntervalMilliseconds?: number;
}

/**
 * Services that run as processes of their own know only their own events, yet project-history replays every
 * service's events and must name the service and say what each event means. So each service keeps its catalog
 * in the store (stream `eventcatalog-<service>`, a new event only when it changes) and every process learns the
 * others' from there: the store is what they share.
 */
export function createSharedEventCatalog(options: SharedEventCatalogOptions) {
  const servicesByCategory = new Map<string, string>();
  const descriptions = new Map<string, EventDescription>();
  const learn = async (event: RecordedEvent) => {
    if (event.type !== TYPE) return;
    const catalog = event.data as ServiceCatalog;
    for (const category of catalog.categories) servicesByCategory.set(category, catalog.service);
    for (const [type, text] of Object.entries(catalog.descriptions)) descriptions.set(type, { service: catalog.service, ...text });
  };
  let following: Subscription | undefined;

  return {
    serviceOf: (category: string) => servicesByCategory.get(category),
    describe: (type: string) => descriptions.get(type),

    /** Stores each service's catalog unless the store already holds the same one; a replica doing it too is fine. */
    async publish(catalogs: readonly ServiceCatalog[]): Promise<void> {
      for (const catalog of catalogs) {
        const stream = `${CATEGORY}-${catalog.service}`;
        const last = (await options.store.readStream(stream)).at(-1);
        if (last && canonicalJson(last.data) === canonicalJson(catalog)) continue;
        const eventId = options.newId();
        const metadata = {
          actor: { id: `system:${catalog.service}`, role: 'system' as const },
          occurredAt: options.now(),
          correlationId: eventId,
          causationId: eventId,
        };
        await options.store
          .appendToStream(stream, [{ eventId, type: TYPE, schemaVersion: 1, data: catalog, metadata }], {
            expectedRevision: last ? last.revision : 'no_stream',
          })
          .catch((error: unknown) => {
            if (!(error instanceof ConcurrencyError)) throw error;
          });
      }
    },

    /** Reads every stored catalog, then keeps following the store for services that start later. */
    async follow(): Promise<void> {
      following = createSubscription({
        name: `${CATEGORY}-follower`,
        store: options.store,
        checkpoints: options.checkpoints,
        categories: [CATEGORY],
        handle: learn,
        ...(options.pollIntervalMilliseconds !== undefined && { pollIntervalMilliseconds: options.pollIntervalMilliseconds }),
      });
      await following.catchUp();
      following.start();
    },

    async stop(): Promise<void> {
      await following?.stop();
    },
  };
}
