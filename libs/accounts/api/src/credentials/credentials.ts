import { randomInt } from 'node:crypto';
import { passwordWeaknesses, type SealedPassword } from '@ia/accounts/domain';
import { ERASED, type PersonalDataVault } from '@ia/platform';
import { hashPassword, spendVerification, verifyPassword } from './password-hasher';

const ONE_TIME_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789';

/**
 * Where a password's hash lives: sealed under a key of its own in the key store (the same store that keeps
 * each person's key), and only that ciphertext goes into the account's `PasswordSet` event. A copy of the
 * event log alone discloses no hash; when a password is replaced its key is erased, so an old hash cannot
 * be opened again by anyone (crypto-shredding); and the hash is never in a read model, a view or on a topic.
 */
export class Credentials {
  constructor(private readonly vault: PersonalDataVault) {}

  async seal(accountId: string, credentialId: string, password: string): Promise<SealedPassword> {
    const credential = await this.vault.seal(subjectOf(accountId, credentialId), await hashPassword(password));
    return { credentialId, credential };
  }

  /** False for a wrong password, and, after spending the same time, for a missing or erased credential. */
  async matches(password: string, credential: string | undefined): Promise<boolean> {
    const hash = credential === undefined ? undefined : await this.vault.open(credential);
    if (hash === undefined || hash === ERASED) return spendVerification(password);
    return verifyPassword(password, hash);
  }

  /** Forgets a replaced credential for good. */
  async shred(accountId: string, credentialId: string): Promise<void> {
    await this.vault.erase(subjectOf(accountId, credentialId));
  }
}

function subjectOf(accountId: string, credentialId: string): string {
  return `credential.${accountId}.${credentialId}`;
}

/**
 * Sixteen characters of three kinds in four groups, without look-alikes (0/O, 1/l/I), easy to read out over
 * the phone: over 90 bits from the system's random source, and meeting every password rule.
 */
export function oneTimePassword(holder: { readonly username: string; readonly displayName?: string }): string {
  const group = () => Array.from({ length: 4 }, () => ONE_TIME_ALPHABET[randomInt(ONE_TIME_ALPHABET.length)]).join('');
  for (;;) {
    const candidate = [group(), group(), group(), group()].join('-');
    if (passwordWeaknesses(candidate, holder).length === 0) return candidate;
  }
}
