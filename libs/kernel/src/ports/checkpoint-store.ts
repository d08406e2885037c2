/** Where a subscriber last got to in the global log. */
export interface CheckpointStore {
  load(subscriber: string): Promise<number | undefined>;
  save(subscriber: string, position: number): Promise<void>;
  reset(subscriber: string): Promise<void>;
}

export const CHECKPOINT_STORE = Symbol('CheckpointStore');
