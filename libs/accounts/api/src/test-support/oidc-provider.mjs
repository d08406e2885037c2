// A real OpenID Connect provider (the certified oidc-provider package) for the sign-in tests, started by the
// test as a process of its own on a free port: it prints "ready <issuer>" and serves until it is killed.
// Arguments: client id, client secret, redirect URI. OIDC_TEST_ACCOUNTS holds each account's claims as JSON.
import { createServer } from 'node:http';
import Provider from 'oidc-provider';

const [clientId, clientSecret, redirectUri] = process.argv.slice(2);
const accounts = JSON.parse(process.env.OIDC_TEST_ACCOUNTS ?? '{}');

const server = createServer();
server.listen(0, '127.0.0.1', () => {
  const issuer = `http://127.0.0.1:${server.address().port}`;
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: [redirectUri],
        response_types: ['code'],
        grant_types: ['authorization_code'],
      },
    ],
    claims: { openid: ['sub'], profile: ['name', 'preferred_username', 'ia_roles', 'ia_parks'] },
    // Custom claims in the ID token itself, where the suite reads them.
    conformIdTokenClaims: false,
    cookies: { keys: ['a-key-for-the-test-provider-only'] },
    features: { devInteractions: { enabled: true } },
    async findAccount(_context, id) {
      const claims = accounts[id];
      return claims ? { accountId: id, claims: async () => ({ sub: id, ...claims }) } : undefined;
    },
  });
  server.on('request', provider.callback());
  process.stdout.write(`ready ${issuer}\n`);
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
