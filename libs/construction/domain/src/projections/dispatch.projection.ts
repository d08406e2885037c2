import { streamCategory, type Projection } from '@ia/kernel';
import type { DispatchEvent } from '../dispatch/dispatch';
import { DISPATCHES } from './views';

export type DispatchView = Extract<DispatchEvent, { type: 'DispatchHeld' }>['data'] & { readonly heldBy: string };

export const dispatchKey = (parkId: string, month: string) => `${parkId}:${month}`;

/** Each dispatch as it was frozen when held. */
export const dispatchProjection: Projection = {
  name: 'construction.dispatches',
  collections: [DISPATCHES],
  categories: ['dispatch'],
  async apply(recorded, readModels) {
    if (streamCategory(recorded.streamName) !== 'dispatch' || recorded.type !== 'DispatchHeld') return;
    const { data } = recorded as unknown as Extract<DispatchEvent, { type: 'DispatchHeld' }>;
    const view: DispatchView = { ...data, heldBy: recorded.metadata.actor.id };
    await readModels.put(DISPATCHES, dispatchKey(data.parkId, data.month), view);
  },
};
