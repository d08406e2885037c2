import type { KeyStore } from '@ia/kernel';

export function createMemoryKeyStore(): KeyStore {
  const keys = new Map<string, Uint8Array>();
  const erased = new Set<string>();
  return {
    async find(subject) {
      return keys.get(subject);
    },
    async create(subject, key) {
      if (erased.has(subject)) throw new Error(`Personal data of ${subject} was erased; no new key is made`);
      const existing = keys.get(subject);
      if (existing) return existing;
      keys.set(subject, key);
      return key;
    },
    async erase(subject) {
      erased.add(subject);
      return keys.delete(subject);
    },
    async isErased(subject) {
      return erased.has(subject);
    },
  };
}
