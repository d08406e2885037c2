import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';
import type { Transaction } from './oidc-client';

export const TRANSACTION_COOKIE = 'ia_oidc';
const PATH = '/api/v1/session/oidc';
const LIFETIME_SECONDS = 600;

/**
 * The sign-in in progress rides in a cookie of its own, sealed (AES-256-GCM under a key derived from the
 * deployment's secret) so the browser can neither read nor change it. SameSite=Lax, unlike the session's
 * Strict: the provider sends the browser back with a cross-site top-level navigation, which Lax allows.
 */
export class TransactionCookie {
  private readonly key: Buffer;

  constructor(
    secret: string,
    private readonly secure: boolean,
    private readonly now: () => Date,
  ) {
    this.key = createHmac('sha256', secret).update('ia:oidc-transaction').digest();
  }

  seal(transaction: Transaction): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    const payload = JSON.stringify({ ...transaction, until: this.now().getTime() + LIFETIME_SECONDS * 1000 });
    const data = Buffer.concat([cipher.update(payload, 'utf8'), cipher.final()]);
    const value = [iv, cipher.getAuthTag(), data].map((part) => part.toString('base64url')).join('.');
    return `${TRANSACTION_COOKIE}=${value}; Path=${PATH}; HttpOnly; SameSite=Lax; Max-Age=${LIFETIME_SECONDS}${this.secure ? '; Secure' : ''}`;
  }

  /** The transaction of the cookie's value, or undefined when it is missing, altered or too old. */
  open(value: string | undefined): Transaction | undefined {
    const [iv, tag, data] = (value ?? '').split('.');
    if (!iv || !tag || !data) return undefined;
    try {
      const decipher = createDecipheriv('aes-256-gcm', this.key, Buffer.from(iv, 'base64url'));
      decipher.setAuthTag(Buffer.from(tag, 'base64url'));
      const text = Buffer.concat([decipher.update(Buffer.from(data, 'base64url')), decipher.final()]).toString('utf8');
      const { until, ...transaction } = JSON.parse(text) as Transaction & { until: number };
      return until > this.now().getTime() ? transaction : undefined;
    } catch {
      return undefined;
    }
  }

  cleared(): string {
    return `${TRANSACTION_COOKIE}=; Path=${PATH}; HttpOnly; SameSite=Lax; Max-Age=0${this.secure ? '; Secure' : ''}`;
  }
}
