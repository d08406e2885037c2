import { resolve } from 'node:path';
import type { KeyStoreSetting, StoreSetting } from './configuration';

type Environment = Readonly<Record<string, string | undefined>>;

/** Backups taken by the suite itself, once a day, with the older ones thinned out. */
export interface BackupSchedule {
  readonly directory: string;
  /** Time of day in China Standard Time, `HH:MM`. */
  readonly at: string;
  readonly keepDaily: number;
  readonly keepMonthly: number;
}

const setting = (environment: Environment, name: string) => {
  const value = environment[name]?.trim();
  return value === undefined || value === '' ? undefined : value;
};

export function wholeNumber(environment: Environment, name: string, fallback: number, range: [number, number], problems: string[]): number {
  const raw = setting(environment, name) ?? String(fallback);
  const value = Number(raw);
  if (!/^\d+$/.test(raw) || value < range[0] || value > range[1]) {
    problems.push(`${name}: expected a whole number from ${range[0]} to ${range[1]}, got "${raw}"`);
    return fallback;
  }
  return value;
}

/**
 * `IA_BACKUP_DIR` switches scheduled backups on. They copy the embedded stores only: EventStoreDB and Redis
 * are backed up with their own tools (deploy/README.md), and a key store elsewhere would be copied apart
 * from the events, which the suite never does.
 */
export function readBackupSchedule(
  environment: Environment,
  store: StoreSetting,
  keyStore: KeyStoreSetting,
  problems: string[],
): BackupSchedule | undefined {
  const directory = setting(environment, 'IA_BACKUP_DIR');
  if (directory === undefined) return undefined;
  if (store.kind !== 'sqlite' || keyStore.kind !== 'sqlite') {
    problems.push(
      'IA_BACKUP_DIR: scheduled backups copy the embedded SQLite event and key stores; back up other engines with their own tools',
    );
  }
  const at = setting(environment, 'IA_BACKUP_AT') ?? '02:30';
  if (!/^([01]\d|2[0-3]):[0-5]\d$/.test(at)) problems.push(`IA_BACKUP_AT: expected a time of day HH:MM (China Standard Time), got "${at}"`);
  return {
    directory: resolve(directory),
    at,
    keepDaily: wholeNumber(environment, 'IA_BACKUP_KEEP_DAILY', 7, [1, 366], problems),
    keepMonthly: wholeNumber(environment, 'IA_BACKUP_KEEP_MONTHLY', 12, [0, 600], problems),
  };
}

/** Reminders of what falls due: when in the day they go out, how often the suite looks, and the mail server. */
export interface ReminderSchedule {
  readonly enabled: boolean;
  /** Reminders and digests go out from this time of day on (China Standard Time), never at night. */
  readonly from: string;
  readonly sweepSeconds: number;
  readonly deliverySeconds: number;
  /** `smtp://user:password@host:port` or `smtps://…`: from the Secret, never logged. */
  readonly smtp?: { readonly url: string; readonly from: string };
}

export function readReminderSchedule(environment: Environment, problems: string[]): ReminderSchedule {
  const enabled = setting(environment, 'IA_REMINDERS') ?? 'on';
  if (!['on', 'off'].includes(enabled)) problems.push(`IA_REMINDERS: expected on or off, got "${enabled}"`);
  const from = setting(environment, 'IA_REMINDERS_FROM') ?? '08:30';
  if (!/^([01]\d|2[0-3]):[0-5]\d$/.test(from))
    problems.push(`IA_REMINDERS_FROM: expected a time of day HH:MM (China Standard Time), got "${from}"`);
  const url = setting(environment, 'IA_SMTP_URL');
  const sender = setting(environment, 'IA_SMTP_FROM');
  if (url !== undefined && !/^smtps?:\/\/[^\s/]+(:\d{1,5})?\/?$/.test(url))
    problems.push('IA_SMTP_URL: expected smtp://[user:password@]host[:port] or smtps://…');
  if (url !== undefined && (sender === undefined || !/^[^\s@]+@[^\s@]+$/.test(sender)))
    problems.push('IA_SMTP_FROM: the sender address is required with IA_SMTP_URL');
  return {
    enabled: enabled === 'on',
    from,
    sweepSeconds: wholeNumber(environment, 'IA_REMINDER_SWEEP_SECONDS', 300, [5, 86_400], problems),
    deliverySeconds: wholeNumber(environment, 'IA_DELIVERY_POLL_SECONDS', 30, [1, 3_600], problems),
    ...(url !== undefined && sender !== undefined && { smtp: { url, from: sender } }),
  };
}

/** Metrics, traces and logs: each off unless configured, so that a plain start pays for none of them. */
export interface Observability {
  /** Bearer token a scraper presents at /metrics; metrics are off without one. */
  readonly metricsToken?: string;
  /** OTLP/HTTP traces endpoint (`http://collector:4318/v1/traces`); tracing is off without one. */
  readonly otlpTracesUrl?: string;
  /** Share of requests traced (a caller's sampled trace is always continued): 1 traces all, 0.1 one in ten. */
  readonly traceSampleRatio: number;
  /** Days the platform keeps JSON log files when it writes them itself (IA_LOG_DIR). */
  readonly logDirectory?: string;
  readonly logRetentionDays: number;
}

export function readObservability(environment: Environment, problems: string[]): Observability {
  const metricsToken = setting(environment, 'IA_METRICS_TOKEN');
  if (metricsToken !== undefined && metricsToken.length < 16) problems.push('IA_METRICS_TOKEN: must be at least 16 characters');
  const otlpTracesUrl =
    setting(environment, 'OTEL_EXPORTER_OTLP_TRACES_ENDPOINT') ?? tracesUrlOf(setting(environment, 'OTEL_EXPORTER_OTLP_ENDPOINT'));
  if (otlpTracesUrl !== undefined && !/^https?:\/\/\S+$/.test(otlpTracesUrl)) {
    problems.push(`OTEL_EXPORTER_OTLP_ENDPOINT: expected an http(s) URL, got "${otlpTracesUrl}"`);
  }
  const logDirectory = setting(environment, 'IA_LOG_DIR');
  const ratioText = setting(environment, 'IA_TRACE_SAMPLE_RATIO') ?? '0.1';
  const traceSampleRatio = Number(ratioText);
  if (!/^(0(\.\d+)?|1(\.0+)?)$/.test(ratioText)) problems.push(`IA_TRACE_SAMPLE_RATIO: expected a number from 0 to 1, got "${ratioText}"`);
  return {
    traceSampleRatio,
    ...(metricsToken !== undefined && { metricsToken }),
    ...(otlpTracesUrl !== undefined && { otlpTracesUrl }),
    ...(logDirectory !== undefined && { logDirectory: resolve(logDirectory) }),
    // Government rules keep logs at least six months: the default keeps 190 days and refuses less than 180.
    logRetentionDays: wholeNumber(environment, 'IA_LOG_RETENTION_DAYS', 190, [180, 3650], problems),
  };
}

const tracesUrlOf = (base: string | undefined) => (base === undefined ? undefined : `${base.replace(/\/$/, '')}/v1/traces`);
