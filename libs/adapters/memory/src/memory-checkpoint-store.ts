import type { CheckpointStore } from '@ia/kernel';

export function createMemoryCheckpointStore(): CheckpointStore {
  const positions = new Map<string, number>();
  return {
    async load(subscriber) {
      return positions.get(subscriber);
    },
    async save(subscriber, position) {
      positions.set(subscriber, position);
    },
    async reset(subscriber) {
      positions.delete(subscriber);
    },
  };
}
