import { Kafka, logLevel, type Admin, type KafkaConfig } from 'kafkajs';

export interface KafkaConnectionOptions {
  readonly brokers: readonly string[];
  readonly clientId: string;
  readonly connectionTimeoutMilliseconds?: number;
  readonly logLevel?: logLevel;
}

const CONNECTION_TIMEOUT = 3_000;

export function describeBrokers(brokers: readonly string[]): string {
  return `kafka://${brokers.join(',')}`;
}

/** The client for running: it rides out a broker restart with a few retries. */
export function createKafka(options: KafkaConnectionOptions, overrides: Partial<KafkaConfig> = {}): Kafka {
  return new Kafka({
    clientId: options.clientId,
    brokers: [...options.brokers],
    connectionTimeout: options.connectionTimeoutMilliseconds ?? CONNECTION_TIMEOUT,
    retry: { retries: 5, initialRetryTime: 300, maxRetryTime: 5_000 },
    logLevel: options.logLevel ?? logLevel.ERROR,
    ...overrides,
  });
}

/**
 * Proves a broker answers before the service starts: no retries and a short timeout, since
 * kafkajs otherwise keeps a dead address waiting for many seconds.
 */
export async function probeKafka(options: KafkaConnectionOptions): Promise<void> {
  const timeout = options.connectionTimeoutMilliseconds ?? CONNECTION_TIMEOUT;
  const admin: Admin = createKafka(options, { retry: { retries: 0 }, logLevel: logLevel.NOTHING }).admin();
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      admin.connect().then(() => admin.describeCluster()),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${timeout} ms`)), timeout + 1_000);
      }),
    ]);
  } catch (error) {
    const cause = error instanceof Error ? error.message : String(error);
    throw new Error(`Kafka at ${describeBrokers(options.brokers)} is unreachable: ${cause}`, { cause: error });
  } finally {
    clearTimeout(timer);
    await admin.disconnect().catch(() => undefined);
  }
}
