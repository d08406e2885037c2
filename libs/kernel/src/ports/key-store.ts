/**
 * One secret key per person whose personal data the suite holds. Deleting the key is how an erasure
 * request is honoured while the event history stays immutable and replayable (crypto-shredding).
 */
export interface KeyStore {
  find(subject: string): Promise<Uint8Array | undefined>;
  /** Stores the key unless the subject has one already; returns the key in force. */
  create(subject: string, key: Uint8Array): Promise<Uint8Array>;
  /** Forgets the key for good; true when there was one. */
  erase(subject: string): Promise<boolean>;
  /** Erased subjects stay known, so that a new key is never made for them by mistake. */
  isErased(subject: string): Promise<boolean>;
}

export const KEY_STORE = Symbol('KeyStore');
