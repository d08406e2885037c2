import type { IdempotencyRecord, IdempotencyStore, Reservation } from '@ia/kernel';

export function createMemoryIdempotencyStore(): IdempotencyStore {
  const completed = new Map<string, IdempotencyRecord>();
  const reserved = new Set<string>();
  return {
    async reserve<Result>(key: string): Promise<Reservation<Result>> {
      const record = completed.get(key);
      if (record) return { status: 'completed', record: record as IdempotencyRecord<Result> };
      if (reserved.has(key)) return { status: 'in_progress' };
      reserved.add(key);
      return { status: 'reserved' };
    },
    async complete(key, record) {
      completed.set(key, record);
      reserved.delete(key);
    },
    async release(key) {
      reserved.delete(key);
    },
    async find<Result>(key: string) {
      return completed.get(key) as IdempotencyRecord<Result> | undefined;
    },
  };
}
