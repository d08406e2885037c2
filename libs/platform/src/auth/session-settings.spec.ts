import { join, resolve } from 'node:path';
import { ConfigurationError, loadConfiguration } from '../config/configuration';

const problemsOf = (environment: Record<string, string>) => {
  try {
    loadConfiguration(environment);
  } catch (error) {
    return error instanceof ConfigurationError ? error.problems : [String(error)];
  }
  return [];
};

describe('session settings', () => {
  it('keeps sessions beside the keys, 30 idle minutes and 12 hours, five failures and a 15-minute lock', () => {
    expect(loadConfiguration({}).sessions).toEqual({
      store: { kind: 'sqlite', file: join(resolve('data'), 'sessions.sqlite') },
      idleMinutes: 30,
      absoluteHours: 12,
      secureCookie: false,
      passwordSignIn: true,
      signIn: { maxFailures: 5, lockMinutes: 15 },
    });
    expect(loadConfiguration({ IA_STORE: 'memory:', IA_KEY_STORE: 'redis://keys:6379' }).sessions.store).toEqual({
      kind: 'redis',
      url: 'redis://keys:6379',
    });
    expect(loadConfiguration({ NODE_ENV: 'production', IA_JWT_SECRET: 'x'.repeat(40) }).sessions.secureCookie).toBe(true);
  });

  it('reads the identity provider with its claim names and role map', () => {
    const { oidc } = loadConfiguration({
      IA_OIDC_ISSUER: 'https://idp.example/realms/xiangtan/',
      IA_OIDC_CLIENT_ID: 'ia-suite',
      IA_OIDC_REDIRECT_URL: 'https://ia.example/api/v1/session/oidc/callback',
      IA_OIDC_ROLE_MAP: '招商引资部=promoter, 代办中心=agent',
    }).sessions;
    expect(oidc).toMatchObject({
      issuer: 'https://idp.example/realms/xiangtan',
      claims: { username: 'preferred_username', name: 'name', roles: 'roles', parks: 'parks' },
      roleMap: { 招商引资部: 'promoter', 代办中心: 'agent' },
    });
    expect(oidc).not.toHaveProperty('clientSecret');
  });

  it('names every wrong setting', () => {
    expect(
      problemsOf({
        IA_SESSION_IDLE_MINUTES: '0',
        IA_SESSION_STORE: 'mongo://x',
        IA_SESSION_SECURE_COOKIE: 'maybe',
        IA_OIDC_ISSUER: 'idp',
        IA_OIDC_ROLE_MAP: 'x=root',
      }),
    ).toEqual([
      'IA_OIDC_CLIENT_ID: required with IA_OIDC_ISSUER',
      'IA_OIDC_ROLE_MAP: expected name=role pairs with roles promoter, agent, leader, admin, auditor, got "x=root"',
      'IA_OIDC_ISSUER: expected an http(s) URL, got "idp"',
      'IA_OIDC_REDIRECT_URL: required with IA_OIDC_ISSUER',
      'IA_SESSION_STORE: expected sqlite:[file], memory:, redis://host:port or postgres://…, got "mongo://x"',
      'IA_SESSION_IDLE_MINUTES: expected a whole number from 1 to 1440, got "0"',
      'IA_SESSION_SECURE_COOKIE: expected true or false, got "maybe"',
    ]);
  });
});
