import { createHash } from 'node:crypto';
import { canonicalJson } from './canonical-json';
import type { Decider, DomainEvent } from './decider';
import type { Actor, NewEvent, RecordedEvent } from './envelope';
import { ConcurrencyError, IdempotencyError } from './errors';
import type { EventStore, ExpectedRevision } from './ports/event-store';
import type { IdempotencyStore } from './ports/idempotency-store';
import { noUpcasting, type Upcast } from './upcasting';

/** Everything the edge knows about a command besides the command itself. */
export interface CommandContext {
  readonly actor: Actor;
  /** Business time of the fact; defaults at the edge to the request time. */
  readonly occurredAt: string;
  readonly correlationId: string;
  readonly causationId?: string;
  readonly reason?: string;
  readonly idempotencyKey?: string;
  /** Hash of the request as the client sent it, so a retry that generates new ids still matches. */
  readonly requestHash?: string;
  /** The revision the client last saw (If-Match): a mismatch is refused instead of retried. */
  readonly expectedRevision?: number;
}

export interface CommandResult {
  readonly streamName: string;
  /** Revision of the stream's last event, -1 when the stream is still empty. */
  readonly revision: number;
  readonly lastPosition: number;
  readonly eventIds: readonly string[];
  /** True when an idempotency key returned the first outcome instead of running again. */
  readonly replayed: boolean;
}

export interface Aggregate<Command, Event extends DomainEvent, State> {
  readonly decider: Decider<Command, Event, State>;
  /** Current schema version per event type; 1 when absent. */
  readonly schemaVersions?: Readonly<Partial<Record<Event['type'], number>>>;
  readonly upcast?: Upcast;
  /** The project and lead an event belongs to, read from the state after the event. */
  correlate(state: State, event: Event): { readonly projectId?: string; readonly leadId?: string };
}

export interface CommandHandlerDependencies {
  readonly store: EventStore;
  readonly idempotency: IdempotencyStore;
  readonly newEventId: () => string;
  readonly maxConflictRetries?: number;
}

export type CommandHandler<Command> = (streamName: string, command: Command, context: CommandContext) => Promise<CommandResult>;

const DEFAULT_CONFLICT_RETRIES = 5;

export function requestHashOf(value: unknown): string {
  return createHash('sha256').update(canonicalJson(value)).digest('hex');
}

/** Load, fold, decide, append with the expected revision; reload and decide again on a conflict. */
export function createCommandHandler<Command, Event extends DomainEvent, State>(
  dependencies: CommandHandlerDependencies,
  aggregate: Aggregate<Command, Event, State>,
): CommandHandler<Command> {
  const { store, idempotency } = dependencies;
  const upcast = aggregate.upcast ?? noUpcasting;
  const retries = dependencies.maxConflictRetries ?? DEFAULT_CONFLICT_RETRIES;

  const load = async (streamName: string) => {
    const events = (await store.readStream(streamName)).map(upcast);
    const state = events.reduce(
      (current, event) => aggregate.decider.evolve(current, event as unknown as Event),
      aggregate.decider.initialState,
    );
    return { state, revision: events.length - 1, last: events.at(-1) };
  };

  const attempt = async (streamName: string, command: Command, context: CommandContext): Promise<CommandResult> => {
    for (let tries = 0; ; tries += 1) {
      const { state, revision, last } = await load(streamName);
      if (context.expectedRevision !== undefined && context.expectedRevision !== revision) {
        throw new ConcurrencyError(streamName, String(context.expectedRevision), String(revision), true);
      }
      const decided = aggregate.decider.decide(command, state);
      if (decided.length === 0) {
        return { streamName, revision, lastPosition: last?.position ?? 0, eventIds: [], replayed: false };
      }
      const events = toNewEvents(decided, state, context, dependencies.newEventId, aggregate);
      const expectedRevision: ExpectedRevision = revision < 0 ? 'no_stream' : revision;
      try {
        const appended = await store.appendToStream(streamName, events, { expectedRevision });
        return {
          streamName,
          revision: appended.nextExpectedRevision,
          lastPosition: appended.lastPosition,
          eventIds: appended.events.map((event) => event.eventId),
          replayed: false,
        };
      } catch (error) {
        const clientPinnedRevision = context.expectedRevision !== undefined;
        if (!(error instanceof ConcurrencyError) || clientPinnedRevision || tries >= retries) throw error;
      }
    }
  };

  return async (streamName, command, context) => {
    const key = context.idempotencyKey;
    if (key === undefined) return attempt(streamName, command, context);
    const requestHash = context.requestHash ?? requestHashOf({ streamName, command });
    const reservation = await idempotency.reserve<CommandResult>(key, requestHash);
    if (reservation.status === 'in_progress') throw new IdempotencyError('IDEMPOTENCY.IN_PROGRESS', key);
    if (reservation.status === 'completed') {
      if (reservation.record.requestHash !== requestHash) throw new IdempotencyError('IDEMPOTENCY.KEY_REUSED', key);
      return { ...reservation.record.result, replayed: true };
    }
    try {
      const result = await attempt(streamName, command, { ...context, requestHash });
      await idempotency.complete(key, { requestHash, result });
      return result;
    } catch (error) {
      await idempotency.release(key);
      throw error;
    }
  };
}

function toNewEvents<Command, Event extends DomainEvent, State>(
  decided: readonly Event[],
  stateBefore: State,
  context: CommandContext,
  newEventId: () => string,
  aggregate: Aggregate<Command, Event, State>,
): NewEvent[] {
  let state = stateBefore;
  return decided.map((event) => {
    state = aggregate.decider.evolve(state, event);
    const correlation = aggregate.correlate(state, event);
    const eventId = newEventId();
    return {
      eventId,
      type: event.type,
      schemaVersion: aggregate.schemaVersions?.[event.type as Event['type']] ?? 1,
      data: event.data,
      metadata: {
        actor: context.actor,
        occurredAt: context.occurredAt,
        correlationId: context.correlationId,
        causationId: context.causationId ?? context.correlationId,
        ...(correlation.projectId !== undefined && { projectId: correlation.projectId }),
        ...(correlation.leadId !== undefined && { leadId: correlation.leadId }),
        ...(context.reason !== undefined && { reason: context.reason }),
        ...(context.idempotencyKey !== undefined && { idempotencyKey: context.idempotencyKey }),
        ...(context.requestHash !== undefined && { requestHash: context.requestHash }),
      },
    };
  });
}

/** The outcome an idempotency key produced, recovered from the events that carry it. */
export function resultFromEvents(events: readonly RecordedEvent[]): CommandResult | undefined {
  const last = events.at(-1);
  if (!last) return undefined;
  return {
    streamName: last.streamName,
    revision: last.revision,
    lastPosition: last.position,
    eventIds: events.map((event) => event.eventId),
    replayed: false,
  };
}
