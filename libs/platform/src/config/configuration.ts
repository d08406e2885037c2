import { dirname, isAbsolute, join, resolve } from 'node:path';
import { loadSessionSettings, type SessionSettings } from '../auth/session-settings';
import {
  readBackupSchedule,
  readObservability,
  readReminderSchedule,
  type BackupSchedule,
  type Observability,
  type ReminderSchedule,
} from './operations-settings';

export const DEVELOPMENT_JWT_SECRET = 'ia-suite-development-secret-do-not-use-in-production';

export type StoreSetting =
  | { readonly kind: 'sqlite'; readonly file: string }
  | { readonly kind: 'memory' }
  | { readonly kind: 'esdb'; readonly url: string }
  | { readonly kind: 'postgres'; readonly url: string };
export type BusSetting = { readonly kind: 'embedded' } | { readonly kind: 'kafka'; readonly brokers: readonly string[] };
export type ReadModelSetting = { readonly kind: 'memory' } | { readonly kind: 'redis'; readonly url: string };
export type KeyStoreSetting =
  | { readonly kind: 'sqlite'; readonly file: string }
  | { readonly kind: 'memory' }
  | { readonly kind: 'redis'; readonly url: string }
  | { readonly kind: 'postgres'; readonly url: string };
export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

export interface Configuration {
  readonly production: boolean;
  readonly port: number;
  readonly dataDirectory: string;
  readonly store: StoreSetting;
  readonly bus: BusSetting;
  readonly readModels: ReadModelSetting;
  /** Where each person's key lives: deleting it erases their personal data (crypto-shredding). */
  readonly keyStore: KeyStoreSetting;
  readonly jwt: { readonly secret: string; readonly issuer: string; readonly audience: string; readonly jwksUrl?: string };
  /**
   * The administrative division code (6 digits) of the county this deployment serves; when set, tokens of
   * another county are refused and county-wide access needs a token that names it.
   */
  readonly county?: string;
  /** Requests a client may make a minute before it is told to slow down (429). */
  readonly rateLimitPerMinute: number;
  /**
   * How long a command's idempotency reservation holds before another may take it over: the holder is then
   * presumed dead (a crash between reserving and answering). Reactions wait this long for a dead holder.
   */
  readonly idempotencyPendingMilliseconds: number;
  readonly logLevel: LogLevel;
  /** Topics come from the declaration (declared-topics.ts); the replication factor caps theirs on a small cluster. */
  readonly kafka: { readonly replicationFactor: number; readonly clientId: string };
  /** Console sessions, sign-in limits and the identity provider. */
  readonly sessions: SessionSettings;
  /** Daily backups of the embedded stores, when a folder is set for them. */
  readonly backup?: BackupSchedule;
  readonly reminders: ReminderSchedule;
  readonly observability: Observability;
}

/** A wrong setting stops the process; the message names every variable that is wrong. */
export class ConfigurationError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'ConfigurationError';
  }
}

type Environment = Readonly<Record<string, string | undefined>>;

export function loadConfiguration(environment: Environment = process.env, service = 'suite'): Configuration {
  const problems: string[] = [];
  const text = (name: string, fallback: string) => {
    const value = environment[name]?.trim();
    return value === undefined || value === '' ? fallback : value;
  };
  const integer = (name: string, fallback: number, minimum: number, maximum: number) => {
    const raw = text(name, String(fallback));
    const value = Number(raw);
    if (!/^\d+$/.test(raw) || value < minimum || value > maximum) {
      problems.push(`${name}: expected a whole number from ${minimum} to ${maximum}, got "${raw}"`);
      return fallback;
    }
    return value;
  };

  const production = text('NODE_ENV', 'development') === 'production';
  const port = integer('PORT', 3000, 1, 65535);
  const dataDirectory = resolve(text('IA_DATA_DIR', './data'));
  const store = parseStore(text('IA_STORE', 'sqlite:'), dataDirectory, problems);
  const bus = parseBus(text('IA_BUS', 'embedded'), problems);
  const readModels = parseReadModels(text('IA_READ_MODELS', 'memory'), problems);
  const keyStore = parseKeyStore(environment['IA_KEY_STORE']?.trim(), store, dataDirectory, problems);
  const secret = text('IA_JWT_SECRET', DEVELOPMENT_JWT_SECRET);
  const jwksUrl = environment['IA_JWT_JWKS_URL']?.trim();
  if (jwksUrl && !/^https?:\/\/\S+$/.test(jwksUrl)) problems.push(`IA_JWT_JWKS_URL: expected an http(s) URL, got "${jwksUrl}"`);
  const county = environment['IA_COUNTY']?.trim();
  if (county && !/^\d{6}$/.test(county)) problems.push(`IA_COUNTY: expected a 6-digit administrative division code, got "${county}"`);
  const rateLimitPerMinute = integer('IA_RATE_LIMIT_PER_MINUTE', 1200, 1, 1_000_000);
  const idempotencyPendingMilliseconds = integer('IA_IDEMPOTENCY_PENDING_SECONDS', 60, 1, 3600) * 1000;
  if (production && secret === DEVELOPMENT_JWT_SECRET)
    problems.push('IA_JWT_SECRET: production refuses the development secret; set a real one');
  if (secret.length < 32) problems.push('IA_JWT_SECRET: must be at least 32 characters');
  const logLevel = text('LOG_LEVEL', 'info');
  if (!['debug', 'info', 'warn', 'error'].includes(logLevel))
    problems.push(`LOG_LEVEL: expected debug, info, warn or error, got "${logLevel}"`);
  const kafka = {
    replicationFactor: integer('IA_KAFKA_REPLICATION_FACTOR', production ? 3 : 1, 1, 10),
    clientId: text('IA_KAFKA_CLIENT_ID', `ia-${service}`),
  };
  const sessions = loadSessionSettings(environment, { production, keyStore, dataDirectory }, integer, problems);
  const backup = readBackupSchedule(environment, store, keyStore, problems);
  const reminders = readReminderSchedule(environment, problems);
  const observability = readObservability(environment, problems);
  if (problems.length > 0) throw new ConfigurationError(problems);
  return {
    production,
    port,
    dataDirectory,
    store,
    bus,
    readModels,
    keyStore,
    jwt: { secret, issuer: text('IA_JWT_ISSUER', 'ia-suite'), audience: text('IA_JWT_AUDIENCE', 'ia-suite'), ...(jwksUrl && { jwksUrl }) },
    ...(county && { county }),
    rateLimitPerMinute,
    idempotencyPendingMilliseconds,
    logLevel: logLevel as LogLevel,
    kafka,
    sessions,
    ...(backup && { backup }),
    reminders,
    observability,
  };
}

function parseStore(value: string, dataDirectory: string, problems: string[]): StoreSetting {
  if (value === 'memory:' || value === 'memory') return { kind: 'memory' };
  if (value.startsWith('sqlite:')) {
    const path = value.slice('sqlite:'.length).replace(/^\/\//, '');
    if (path === '') return { kind: 'sqlite', file: join(dataDirectory, 'events.sqlite') };
    return { kind: 'sqlite', file: isAbsolute(path) ? path : resolve(path) };
  }
  if (value.startsWith('esdb://') || value.startsWith('esdb+discover://') || value.startsWith('kurrentdb://'))
    return { kind: 'esdb', url: value };
  if (isPostgresUrl(value)) return { kind: 'postgres', url: value };
  problems.push(
    `IA_STORE: expected sqlite:[file], memory:, esdb://host:port or postgres://user@host:port/database[?schema=name], got "${maskPassword(value)}"`,
  );
  return { kind: 'memory' };
}

function parseBus(value: string, problems: string[]): BusSetting {
  if (value === 'embedded') return { kind: 'embedded' };
  if (value.startsWith('kafka://')) {
    const brokers = value
      .slice('kafka://'.length)
      .split(',')
      .map((broker) => broker.trim())
      .filter(Boolean);
    if (brokers.length > 0 && brokers.every((broker) => /^[\w.-]+:\d{1,5}$/.test(broker))) return { kind: 'kafka', brokers };
  }
  problems.push(`IA_BUS: expected embedded or kafka://host:port[,host:port], got "${value}"`);
  return { kind: 'embedded' };
}

function parseReadModels(value: string, problems: string[]): ReadModelSetting {
  if (value === 'memory') return { kind: 'memory' };
  if (value.startsWith('redis://') || value.startsWith('rediss://')) return { kind: 'redis', url: value };
  problems.push(`IA_READ_MODELS: expected memory or redis://host:port, got "${value}"`);
  return { kind: 'memory' };
}

function parseKeyStore(value: string | undefined, store: StoreSetting, dataDirectory: string, problems: string[]): KeyStoreSetting {
  if (value === undefined || value === '') {
    if (store.kind === 'sqlite') return { kind: 'sqlite', file: join(dirname(store.file), 'keys.sqlite') };
    if (store.kind === 'memory') return { kind: 'memory' };
    // The database of the events is durable and backed up with them: the keys live there too, in a table of their own.
    if (store.kind === 'postgres') return { kind: 'postgres', url: store.url };
    // A key store that vanished with a pod would erase everyone's personal data: production must name one.
    problems.push('IA_KEY_STORE: required with an EventStoreDB store; set sqlite:/durable/path/keys.sqlite or redis://host:6379');
    return { kind: 'memory' };
  }
  if (value === 'memory:' || value === 'memory') return { kind: 'memory' };
  if (value.startsWith('sqlite:')) {
    const path = value.slice('sqlite:'.length).replace(/^\/\//, '');
    return { kind: 'sqlite', file: path === '' ? join(dataDirectory, 'keys.sqlite') : resolve(path) };
  }
  if (value.startsWith('redis://') || value.startsWith('rediss://')) return { kind: 'redis', url: value };
  if (isPostgresUrl(value)) return { kind: 'postgres', url: value };
  problems.push(`IA_KEY_STORE: expected sqlite:[file], memory:, redis://host:port or postgres://…, got "${maskPassword(value)}"`);
  return { kind: 'memory' };
}

/** postgres:// or postgresql:// with a host, and a schema parameter (if any) that is a lower-case identifier. */
function isPostgresUrl(value: string): boolean {
  if (!/^postgres(ql)?:\/\//.test(value)) return false;
  try {
    const url = new URL(value);
    const schema = url.searchParams.get('schema');
    return url.hostname !== '' && (schema === null || /^[a-z_][a-z0-9_]{0,62}$/.test(schema));
  } catch {
    return false;
  }
}

function maskPassword(value: string): string {
  return value.replace(/\/\/([^:@/]*):[^@/]*@/, '//$1:***@');
}
