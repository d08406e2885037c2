import { createHash, createPublicKey, randomBytes, type JsonWebKey, type KeyObject } from 'node:crypto';
import jwt from 'jsonwebtoken';
import type { OidcSettings } from '@ia/platform';

const TIMEOUT = 5_000;
const CLOCK_TOLERANCE_SECONDS = 60;
const ALGORITHMS = ['RS256', 'PS256', 'ES256'] as const;

interface Discovery {
  readonly issuer: string;
  readonly authorization_endpoint: string;
  readonly token_endpoint: string;
  readonly jwks_uri: string;
}

export class OidcError extends Error {}

const randomValue = () => randomBytes(32).toString('base64url');

/** What the login step makes and the callback must find again: kept in the browser, sealed. */
export interface Transaction {
  readonly state: string;
  readonly nonce: string;
  readonly verifier: string;
  readonly returnTo: string;
}

export function newTransaction(returnTo: string): Transaction {
  return { state: randomValue(), nonce: randomValue(), verifier: randomValue(), returnTo };
}

/**
 * The authorization code flow with PKCE (S256), state and nonce, against the provider's discovery document;
 * the ID token is verified against the provider's key set (by kid, fetched again for an unknown kid).
 * Written on node:crypto and the token library the suite already uses, so it runs as CommonJS on any Node 20.
 */
export class OidcClient {
  private discovery: Promise<Discovery> | undefined;
  private keys = new Map<string, KeyObject>();

  constructor(
    private readonly settings: OidcSettings,
    private readonly fetchJson: (url: string, init?: RequestInit) => Promise<unknown> = fetchJsonWithTimeout,
  ) {}

  async authorizationUrl(transaction: Transaction): Promise<string> {
    const { authorization_endpoint } = await this.metadata();
    const url = new URL(authorization_endpoint);
    url.search = new URLSearchParams({
      response_type: 'code',
      client_id: this.settings.clientId,
      redirect_uri: this.settings.redirectUrl,
      scope: this.settings.scopes,
      state: transaction.state,
      nonce: transaction.nonce,
      code_challenge: createHash('sha256').update(transaction.verifier).digest('base64url'),
      code_challenge_method: 'S256',
    }).toString();
    return url.toString();
  }

  /** Trades the code for tokens and answers the verified claims of the ID token. */
  async claimsFor(code: string, transaction: Transaction): Promise<jwt.JwtPayload> {
    const metadata = await this.metadata();
    const body = new URLSearchParams({
      grant_type: 'authorization_code',
      code,
      redirect_uri: this.settings.redirectUrl,
      code_verifier: transaction.verifier,
      ...(this.settings.clientSecret === undefined && { client_id: this.settings.clientId }),
    });
    const headers: Record<string, string> = { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' };
    if (this.settings.clientSecret !== undefined) {
      const encode = (value: string) => encodeURIComponent(value);
      headers['authorization'] =
        `Basic ${Buffer.from(`${encode(this.settings.clientId)}:${encode(this.settings.clientSecret)}`).toString('base64')}`;
    }
    const tokens = (await this.fetchJson(metadata.token_endpoint, { method: 'POST', headers, body })) as { id_token?: unknown };
    if (typeof tokens.id_token !== 'string') throw new OidcError('the token endpoint answered no ID token');
    return this.verify(tokens.id_token, transaction.nonce, metadata.issuer);
  }

  private async verify(idToken: string, nonce: string, issuer: string): Promise<jwt.JwtPayload> {
    const decoded = jwt.decode(idToken, { complete: true });
    if (!decoded || typeof decoded.payload === 'string') throw new OidcError('the ID token is malformed');
    const key = await this.keyFor(decoded.header.kid);
    let claims: jwt.JwtPayload;
    try {
      claims = jwt.verify(idToken, key, {
        algorithms: [...ALGORITHMS],
        issuer,
        audience: this.settings.clientId,
        clockTolerance: CLOCK_TOLERANCE_SECONDS,
      }) as jwt.JwtPayload;
    } catch (error) {
      throw new OidcError(`the ID token was refused: ${error instanceof Error ? error.message : String(error)}`);
    }
    if (claims['nonce'] !== nonce) throw new OidcError('the ID token does not answer this sign-in (nonce)');
    const audiences = Array.isArray(claims.aud) ? claims.aud : [claims.aud];
    if (audiences.length > 1 && claims['azp'] !== this.settings.clientId)
      throw new OidcError('the ID token was issued to another party (azp)');
    if (typeof claims.sub !== 'string' || claims.sub === '') throw new OidcError('the ID token names no subject');
    return claims;
  }

  private metadata(): Promise<Discovery> {
    this.discovery ??= (async () => {
      const document = (await this.fetchJson(`${this.settings.issuer}/.well-known/openid-configuration`)) as Partial<Discovery>;
      // The document must be the issuer's own (OpenID Connect Discovery §4.3): a mix-up is refused.
      if (document.issuer?.replace(/\/$/, '') !== this.settings.issuer)
        throw new OidcError(`the discovery document names issuer ${document.issuer}`);
      for (const field of ['authorization_endpoint', 'token_endpoint', 'jwks_uri'] as const) {
        if (typeof document[field] !== 'string') throw new OidcError(`the discovery document has no ${field}`);
      }
      return document as Discovery;
    })().catch((error: unknown) => {
      this.discovery = undefined;
      throw error;
    });
    return this.discovery;
  }

  private async keyFor(kid: string | undefined): Promise<KeyObject> {
    const known = kid === undefined ? undefined : this.keys.get(kid);
    if (known) return known;
    const { jwks_uri } = await this.metadata();
    const document = (await this.fetchJson(jwks_uri)) as { keys?: Array<JsonWebKey & { kid?: string; use?: string }> };
    const keys = (document.keys ?? []).filter((key) => key.use !== 'enc' && (key.kty === 'RSA' || key.kty === 'EC'));
    this.keys = new Map(keys.filter((key) => key.kid).map((key) => [key.kid as string, createPublicKey({ key, format: 'jwk' })]));
    const found =
      kid === undefined
        ? keys.length === 1
          ? createPublicKey({ key: keys[0] as JsonWebKey, format: 'jwk' })
          : undefined
        : this.keys.get(kid);
    if (!found) throw new OidcError(`the provider has no signing key ${kid ?? '(unnamed)'}`);
    return found;
  }
}

async function fetchJsonWithTimeout(url: string, init: RequestInit = {}): Promise<unknown> {
  const response = await fetch(url, { ...init, signal: AbortSignal.timeout(TIMEOUT) });
  if (!response.ok) throw new OidcError(`${new URL(url).pathname} answered ${response.status}`);
  return response.json();
}
