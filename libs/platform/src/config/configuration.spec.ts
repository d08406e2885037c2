import { join, resolve } from 'node:path';
import { ConfigurationError, DEVELOPMENT_JWT_SECRET, loadConfiguration } from './configuration';

describe('configuration', () => {
  it('runs on embedded engines with data in ./data when nothing is set', () => {
    const configuration = loadConfiguration({});
    expect(configuration).toMatchObject({
      production: false,
      port: 3000,
      dataDirectory: resolve('data'),
      store: { kind: 'sqlite', file: join(resolve('data'), 'events.sqlite') },
      bus: { kind: 'embedded' },
      readModels: { kind: 'memory' },
      jwt: { secret: DEVELOPMENT_JWT_SECRET },
    });
  });

  it('reads production engines from their URLs', () => {
    const configuration = loadConfiguration({
      IA_STORE: 'esdb://localhost:2113?tls=false',
      IA_BUS: 'kafka://broker1:9092,broker2:9092',
      IA_READ_MODELS: 'redis://localhost:6379',
      IA_KEY_STORE: 'sqlite:/var/lib/ia-keys/keys.sqlite',
      IA_DATA_DIR: '/var/lib/ia',
    });
    expect(configuration.keyStore).toEqual({ kind: 'sqlite', file: '/var/lib/ia-keys/keys.sqlite' });
    expect(configuration.store).toEqual({ kind: 'esdb', url: 'esdb://localhost:2113?tls=false' });
    expect(configuration.bus).toEqual({ kind: 'kafka', brokers: ['broker1:9092', 'broker2:9092'] });
    expect(configuration.readModels).toEqual({ kind: 'redis', url: 'redis://localhost:6379' });
  });

  it('names every wrong variable at once', () => {
    let caught: unknown;
    try {
      loadConfiguration({ PORT: 'eighty', IA_BUS: 'rabbit://x', IA_STORE: 'mysql://db', LOG_LEVEL: 'loud' });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ConfigurationError);
    const message = (caught as Error).message;
    for (const name of ['PORT', 'IA_BUS', 'IA_STORE', 'LOG_LEVEL']) expect(message).toContain(`${name}:`);
  });

  it('refuses the development secret in production', () => {
    expect(() => loadConfiguration({ NODE_ENV: 'production' })).toThrow('IA_JWT_SECRET: production refuses the development secret');
    expect(loadConfiguration({ NODE_ENV: 'production', IA_JWT_SECRET: 'x'.repeat(40) }).production).toBe(true);
  });

  it('keeps personal-data keys beside the embedded store, and demands a durable place with EventStoreDB', () => {
    expect(loadConfiguration({ IA_DATA_DIR: '/srv/ia' }).keyStore).toEqual({ kind: 'sqlite', file: '/srv/ia/keys.sqlite' });
    expect(() => loadConfiguration({ IA_STORE: 'esdb://db:2113' })).toThrow('IA_KEY_STORE: required with an EventStoreDB store');
  });

  it('keeps events, and by default personal-data keys, in PostgreSQL, and never shows its password', () => {
    const url = 'postgres://ia:secret@db.internal:5432/ia?schema=ia_suite';
    const configuration = loadConfiguration({ IA_STORE: url });
    expect(configuration.store).toEqual({ kind: 'postgres', url });
    expect(configuration.keyStore).toEqual({ kind: 'postgres', url });
    expect(loadConfiguration({ IA_STORE: url, IA_KEY_STORE: 'redis://keys:6379/1' }).keyStore).toEqual({
      kind: 'redis',
      url: 'redis://keys:6379/1',
    });
    expect(() => loadConfiguration({ IA_STORE: 'postgres://ia:secret@db/ia?schema=Bad-Name' })).toThrow(
      'IA_STORE: expected sqlite:[file], memory:, esdb://host:port or postgres://user@host:port/database[?schema=name], got "postgres://ia:***@db/ia?schema=Bad-Name"',
    );
  });

  it('refuses a Kafka URL without a port', () => {
    expect(() => loadConfiguration({ IA_BUS: 'kafka://broker1' })).toThrow('IA_BUS');
  });
});

describe('scheduled backups', () => {
  it('are off unless a folder is set, then daily at 02:30 China time keeping 7 daily and 12 monthly', () => {
    expect(loadConfiguration({}).backup).toBeUndefined();
    expect(loadConfiguration({ IA_BACKUP_DIR: '/srv/backups' }).backup).toEqual({
      directory: '/srv/backups',
      at: '02:30',
      keepDaily: 7,
      keepMonthly: 12,
    });
    expect(
      loadConfiguration({ IA_BACKUP_DIR: '/b', IA_BACKUP_AT: '23:05', IA_BACKUP_KEEP_DAILY: '14', IA_BACKUP_KEEP_MONTHLY: '0' }).backup,
    ).toMatchObject({ at: '23:05', keepDaily: 14, keepMonthly: 0 });
  });

  it('refuses a wrong time or count, and engines that are not the embedded SQLite stores', () => {
    expect(() => loadConfiguration({ IA_BACKUP_DIR: '/b', IA_BACKUP_AT: '25:00' })).toThrow('IA_BACKUP_AT');
    expect(() => loadConfiguration({ IA_BACKUP_DIR: '/b', IA_BACKUP_KEEP_DAILY: '0' })).toThrow('IA_BACKUP_KEEP_DAILY');
    expect(() => loadConfiguration({ IA_BACKUP_DIR: '/b', IA_STORE: 'memory:' })).toThrow('IA_BACKUP_DIR: scheduled backups copy');
  });
});

describe('reminder settings', () => {
  it('send from 08:30 China time, look every 5 minutes, and mail only when a server is named with its sender', () => {
    expect(loadConfiguration({}).reminders).toEqual({ enabled: true, from: '08:30', sweepSeconds: 300, deliverySeconds: 30 });
    expect(loadConfiguration({ IA_SMTP_URL: 'smtp://ia:pw@mail.example:2525', IA_SMTP_FROM: 'ia@example.gov.cn' }).reminders.smtp).toEqual({
      url: 'smtp://ia:pw@mail.example:2525',
      from: 'ia@example.gov.cn',
    });
    expect(() => loadConfiguration({ IA_SMTP_URL: 'smtp://mail.example' })).toThrow('IA_SMTP_FROM');
    expect(() => loadConfiguration({ IA_REMINDERS: 'maybe', IA_REMINDERS_FROM: '8:30' })).toThrow(/IA_REMINDERS:[\s\S]*IA_REMINDERS_FROM/);
  });
});
