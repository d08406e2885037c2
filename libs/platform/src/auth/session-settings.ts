import { dirname, join, resolve } from 'node:path';
import type { KeyStoreSetting } from '../config/configuration';

export type SessionStoreSetting =
  | { readonly kind: 'sqlite'; readonly file: string }
  | { readonly kind: 'memory' }
  | { readonly kind: 'redis'; readonly url: string }
  | { readonly kind: 'postgres'; readonly url: string };

export interface OidcSettings {
  readonly issuer: string;
  readonly clientId: string;
  /** Absent for a public client, which proves itself by PKCE alone. */
  readonly clientSecret?: string;
  readonly redirectUrl: string;
  readonly scopes: string;
  readonly label: string;
  readonly claims: { readonly username: string; readonly name: string; readonly roles: string; readonly parks: string };
  /** The provider's group or role names and the suite's role each stands for; none means the names are the suite's. */
  readonly roleMap: Readonly<Record<string, string>>;
}

export interface SessionSettings {
  readonly store: SessionStoreSetting;
  /** A session unused this long ends. */
  readonly idleMinutes: number;
  /** A session ends this long after sign-in, however busy. */
  readonly absoluteHours: number;
  /** The cookie is sent over https only. */
  readonly secureCookie: boolean;
  /** Whether staff may sign in with a local password (the console's form) besides the identity provider. */
  readonly passwordSignIn: boolean;
  readonly signIn: { readonly maxFailures: number; readonly lockMinutes: number };
  readonly oidc?: OidcSettings;
}

type Environment = Readonly<Record<string, string | undefined>>;
type Integer = (name: string, fallback: number, minimum: number, maximum: number) => number;

const ROLE_NAMES = ['promoter', 'agent', 'leader', 'admin', 'auditor'];

/** Sessions, sign-in and the identity provider, read with the rest of the configuration; wrong values join its problems. */
export function loadSessionSettings(
  environment: Environment,
  context: { readonly production: boolean; readonly keyStore: KeyStoreSetting; readonly dataDirectory: string },
  integer: Integer,
  problems: string[],
): SessionSettings {
  const text = (name: string) => {
    const value = environment[name]?.trim();
    return value === undefined || value === '' ? undefined : value;
  };
  const flag = (name: string, fallback: boolean) => {
    const value = text(name);
    if (value === undefined) return fallback;
    if (/^(true|on|1)$/i.test(value)) return true;
    if (/^(false|off|0)$/i.test(value)) return false;
    problems.push(`${name}: expected true or false, got "${value}"`);
    return fallback;
  };
  const oidc = loadOidc(text, context.production, problems);
  return {
    store: parseSessionStore(text('IA_SESSION_STORE'), context.keyStore, context.dataDirectory, problems),
    idleMinutes: integer('IA_SESSION_IDLE_MINUTES', 30, 1, 24 * 60),
    absoluteHours: integer('IA_SESSION_ABSOLUTE_HOURS', 12, 1, 7 * 24),
    secureCookie: flag('IA_SESSION_SECURE_COOKIE', context.production),
    passwordSignIn: flag('IA_PASSWORD_SIGN_IN', true),
    signIn: { maxFailures: integer('IA_SIGN_IN_MAX_FAILURES', 5, 1, 100), lockMinutes: integer('IA_SIGN_IN_LOCK_MINUTES', 15, 1, 24 * 60) },
    ...(oidc && { oidc }),
  };
}

/** Sessions live where each person's key lives unless told otherwise: beside the events, or in the same Redis. */
function parseSessionStore(
  value: string | undefined,
  keyStore: KeyStoreSetting,
  dataDirectory: string,
  problems: string[],
): SessionStoreSetting {
  if (value === undefined) {
    if (keyStore.kind === 'sqlite') return { kind: 'sqlite', file: join(dirname(keyStore.file), 'sessions.sqlite') };
    return keyStore;
  }
  if (value === 'memory:' || value === 'memory') return { kind: 'memory' };
  if (value.startsWith('sqlite:')) {
    const path = value.slice('sqlite:'.length).replace(/^\/\//, '');
    return { kind: 'sqlite', file: path === '' ? join(dataDirectory, 'sessions.sqlite') : resolve(path) };
  }
  if (value.startsWith('redis://') || value.startsWith('rediss://')) return { kind: 'redis', url: value };
  if (/^postgres(ql)?:\/\//.test(value)) return { kind: 'postgres', url: value };
  problems.push(`IA_SESSION_STORE: expected sqlite:[file], memory:, redis://host:port or postgres://…, got "${value}"`);
  return { kind: 'memory' };
}

function loadOidc(text: (name: string) => string | undefined, production: boolean, problems: string[]): OidcSettings | undefined {
  const issuer = text('IA_OIDC_ISSUER');
  if (issuer === undefined) return undefined;
  const url = (name: string, value: string | undefined) => {
    if (value === undefined) problems.push(`${name}: required with IA_OIDC_ISSUER`);
    else if (!(production ? /^https:\/\/\S+$/ : /^https?:\/\/\S+$/).test(value))
      problems.push(`${name}: expected an ${production ? 'https' : 'http(s)'} URL, got "${value}"`);
    return value ?? '';
  };
  const clientId = text('IA_OIDC_CLIENT_ID');
  if (clientId === undefined) problems.push('IA_OIDC_CLIENT_ID: required with IA_OIDC_ISSUER');
  const clientSecret = text('IA_OIDC_CLIENT_SECRET');
  const roleMap: Record<string, string> = {};
  for (const pair of (text('IA_OIDC_ROLE_MAP') ?? '').split(',').filter((entry) => entry.trim() !== '')) {
    const [external, role] = pair.split('=').map((part) => part.trim());
    if (!external || !role || !ROLE_NAMES.includes(role))
      problems.push(`IA_OIDC_ROLE_MAP: expected name=role pairs with roles ${ROLE_NAMES.join(', ')}, got "${pair}"`);
    else roleMap[external] = role;
  }
  return {
    issuer: url('IA_OIDC_ISSUER', issuer).replace(/\/$/, ''),
    clientId: clientId ?? '',
    ...(clientSecret !== undefined && { clientSecret }),
    redirectUrl: url('IA_OIDC_REDIRECT_URL', text('IA_OIDC_REDIRECT_URL')),
    scopes: text('IA_OIDC_SCOPES') ?? 'openid profile',
    label: text('IA_OIDC_LABEL') ?? '统一身份认证登录',
    claims: {
      username: text('IA_OIDC_USERNAME_CLAIM') ?? 'preferred_username',
      name: text('IA_OIDC_NAME_CLAIM') ?? 'name',
      roles: text('IA_OIDC_ROLES_CLAIM') ?? 'roles',
      parks: text('IA_OIDC_PARKS_CLAIM') ?? 'parks',
    },
    roleMap,
  };
}
