import { createPublicKey, createSecretKey, type JsonWebKey, type KeyObject } from 'node:crypto';
import jwt from 'jsonwebtoken';
import type { Principal } from './principal';
import { InvalidTokenError, principalFromClaims, type TokenSettings } from './tokens';

const REFRESH_AT_MOST_EVERY = 30_000;
const FETCH_TIMEOUT = 5_000;

/**
 * Checks bearer tokens: HS256 with the configured secret, and RS256 from the identity provider's JWKS
 * when one is configured (keys by `kid`, fetched again for an unknown kid at most every 30 s).
 */
export class TokenVerifier {
  private keys = new Map<string, KeyObject>();
  private fetchedAt = 0;
  /**
   * Made once: given a string, the token library first tries to parse it as a public key and fails,
   * which cost about as much as the rest of a request.
   */
  private readonly secret: KeyObject;

  constructor(
    private readonly settings: TokenSettings & { readonly jwksUrl?: string },
    private readonly fetchJson: (url: string) => Promise<unknown> = fetchWithTimeout,
  ) {
    this.secret = createSecretKey(Buffer.from(settings.secret, 'utf8'));
  }

  async verify(token: string): Promise<Principal> {
    const decoded = jwt.decode(token, { complete: true });
    if (!decoded || typeof decoded.payload === 'string') throw new InvalidTokenError('malformed token');
    const { alg, kid } = decoded.header;
    const options = { issuer: this.settings.issuer, audience: this.settings.audience };
    try {
      if (alg === 'HS256') return principalFromClaims(jwt.verify(token, this.secret, { ...options, algorithms: ['HS256'] }));
      if (alg === 'RS256' && this.settings.jwksUrl) {
        const key = await this.keyFor(kid);
        return principalFromClaims(jwt.verify(token, key, { ...options, algorithms: ['RS256'] }));
      }
    } catch (error) {
      throw error instanceof InvalidTokenError ? error : new InvalidTokenError(error instanceof Error ? error.message : 'invalid token');
    }
    throw new InvalidTokenError(`algorithm ${alg} is not accepted`);
  }

  private async keyFor(kid: string | undefined): Promise<KeyObject> {
    if (!kid) throw new InvalidTokenError('RS256 token without kid');
    const known = this.keys.get(kid);
    if (known) return known;
    if (Date.now() - this.fetchedAt < REFRESH_AT_MOST_EVERY && this.fetchedAt > 0)
      throw new InvalidTokenError(`unknown signing key ${kid}`);
    await this.refresh();
    const fetched = this.keys.get(kid);
    if (!fetched) throw new InvalidTokenError(`unknown signing key ${kid}`);
    return fetched;
  }

  private async refresh(): Promise<void> {
    this.fetchedAt = Date.now();
    const document = (await this.fetchJson(this.settings.jwksUrl as string)) as {
      keys?: Array<JsonWebKey & { kid?: string; use?: string }>;
    };
    const keys = new Map<string, KeyObject>();
    for (const key of document.keys ?? []) {
      if (key.kty === 'RSA' && key.kid && key.use !== 'enc') keys.set(key.kid, createPublicKey({ key, format: 'jwk' }));
    }
    this.keys = keys;
  }
}

async function fetchWithTimeout(url: string): Promise<unknown> {
  const response = await fetch(url, { signal: AbortSignal.timeout(FETCH_TIMEOUT) });
  if (!response.ok) throw new InvalidTokenError(`the identity provider's key set answered ${response.status}`);
  return response.json();
}
