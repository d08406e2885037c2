import type { ReadModelStore, RecordedEvent } from '@ia/kernel';

export interface Folded<State> {
  readonly state: State;
  readonly revision: number;
  readonly position: number;
}

/**
 * Folds one stream into one document; an event at or before the stored position was applied already.
 * `indexed` copies fields of the state to the top of the document, where the store's indexes find them.
 */
export async function foldInto<State, Event>(
  readModels: ReadModelStore,
  collection: string,
  id: string,
  event: RecordedEvent,
  initial: State,
  evolve: (state: State, event: Event) => State,
  indexed: (state: State) => Readonly<Record<string, string | undefined>> = () => ({}),
): Promise<void> {
  const existing = await readModels.get<Folded<State>>(collection, id);
  if (existing !== undefined && existing.position >= event.position) return;
  const state = evolve(existing?.state ?? initial, { type: event.type, data: event.data } as Event);
  await readModels.put<Folded<State>>(collection, id, { ...indexed(state), state, revision: event.revision, position: event.position });
}
