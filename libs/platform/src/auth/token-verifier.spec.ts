import { generateKeyPairSync } from 'node:crypto';
import jwt from 'jsonwebtoken';
import { TokenVerifier } from './token-verifier';
import { signToken } from './tokens';

const settings = { secret: 'a-test-secret-that-is-long-enough-1234', issuer: 'ia-suite', audience: 'ia-suite' };

function identityProvider() {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const jwk = { ...publicKey.export({ format: 'jwk' }), kid: 'key-2026', use: 'sig', alg: 'RS256' };
  const sign = (claims: object, options: jwt.SignOptions = {}) =>
    jwt.sign(claims, privateKey, {
      algorithm: 'RS256',
      keyid: 'key-2026',
      issuer: 'ia-suite',
      audience: 'ia-suite',
      subject: 'zhang.wei',
      expiresIn: 600,
      ...options,
    });
  let fetches = 0;
  const fetchJson = async () => {
    fetches += 1;
    return { keys: [jwk] };
  };
  return { sign, fetchJson, fetches: () => fetches };
}

describe('token verifier', () => {
  it('accepts HS256 tokens signed with the configured secret and takes the actor from them', async () => {
    const verifier = new TokenVerifier(settings);
    const token = signToken({ user: 'alice', role: 'promoter', parks: ['xiangxiang-edz'] }, settings);
    expect(await verifier.verify(token)).toEqual({ id: 'alice', role: 'promoter', parks: ['xiangxiang-edz'] });
  });

  it('accepts RS256 tokens of the identity provider by kid and caches its keys', async () => {
    const provider = identityProvider();
    const verifier = new TokenVerifier({ ...settings, jwksUrl: 'http://127.0.0.1/jwks' }, provider.fetchJson);
    expect(await verifier.verify(provider.sign({ role: 'auditor', parks: [] }))).toMatchObject({ id: 'zhang.wei', role: 'auditor' });
    await verifier.verify(provider.sign({ role: 'leader' }));
    expect(provider.fetches()).toBe(1);
  });

  it.each([
    [
      'an unknown kid',
      (provider: ReturnType<typeof identityProvider>) => provider.sign({ role: 'auditor' }, { keyid: 'other' }),
      'unknown signing key',
    ],
    [
      'another audience',
      (provider: ReturnType<typeof identityProvider>) => provider.sign({ role: 'auditor' }, { audience: 'elsewhere' }),
      'audience',
    ],
    [
      'an expired token',
      (provider: ReturnType<typeof identityProvider>) => provider.sign({ role: 'auditor' }, { expiresIn: -10 }),
      'expired',
    ],
    ['an unknown role', (provider: ReturnType<typeof identityProvider>) => provider.sign({ role: 'root' }), 'role'],
  ])('refuses %s', async (_, make, message) => {
    const provider = identityProvider();
    const verifier = new TokenVerifier({ ...settings, jwksUrl: 'http://127.0.0.1/jwks' }, provider.fetchJson);
    await expect(verifier.verify(make(provider))).rejects.toThrow(message);
  });

  it('refuses RS256 when no key set is configured, and the none algorithm always', async () => {
    const provider = identityProvider();
    await expect(new TokenVerifier(settings).verify(provider.sign({ role: 'auditor' }))).rejects.toThrow('algorithm RS256 is not accepted');
    const unsigned = jwt.sign({ role: 'admin', sub: 'x', iss: 'ia-suite', aud: 'ia-suite' }, '', { algorithm: 'none' });
    await expect(new TokenVerifier(settings).verify(unsigned)).rejects.toThrow('algorithm none is not accepted');
  });
});
