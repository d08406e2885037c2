import { connect, type Socket } from 'node:net';
import { Kafka, logLevel, type ISocketFactory, type KafkaConfig } from 'kafkajs';

export interface KafkaConnectionOptions {
  readonly brokers: readonly string[];
  readonly clientId: string;
  readonly connectionTimeoutMilliseconds?: number;
  readonly logLevel?: logLevel;
}

const CONNECTION_TIMEOUT = 3_000;
/** A request the broker does not answer: long enough for a slow produce with acks from every replica. */
const REQUEST_TIMEOUT = 10_000;

export function describeBrokers(brokers: readonly string[]): string {
  return `kafka://${brokers.join(',')}`;
}

/** Settles with the promise, or rejects with the message once the time is up. */
export async function withinTime<T>(promise: Promise<T>, milliseconds: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      promise,
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(message)), milliseconds);
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Sockets of one client, so that they can be closed for good: kafkajs leaves a connection whose first request
 * timed out open after disconnect(), which keeps a process (or a test runner) alive. After `destroyAll(true)`
 * a socket the client still asks for (a late reconnect) is closed at once.
 */
export function trackedSockets(): { readonly socketFactory: ISocketFactory; destroyAll(forGood?: boolean): void } {
  const open = new Set<Socket>();
  let closed = false;
  return {
    socketFactory: ({ host, port, onConnect }) => {
      const socket = connect({ host, port }, onConnect);
      socket.setKeepAlive(true, 60_000);
      if (closed) return socket.destroy();
      open.add(socket);
      socket.once('close', () => open.delete(socket));
      return socket;
    },
    destroyAll(forGood = false) {
      closed ||= forGood;
      for (const socket of open) socket.destroy();
      open.clear();
    },
  };
}

/** The client for running: it rides out a broker restart with a few retries. */
export function createKafka(options: KafkaConnectionOptions, overrides: Partial<KafkaConfig> = {}): Kafka {
  return new Kafka({
    clientId: options.clientId,
    brokers: [...options.brokers],
    connectionTimeout: options.connectionTimeoutMilliseconds ?? CONNECTION_TIMEOUT,
    requestTimeout: REQUEST_TIMEOUT,
    retry: { retries: 5, initialRetryTime: 300, maxRetryTime: 5_000 },
    logLevel: options.logLevel ?? logLevel.ERROR,
    ...overrides,
  });
}

/**
 * Proves a broker answers before the service starts: no retries, and every wait (connecting, the request,
 * the disconnect, which otherwise sits out the client's request timeout) bounded by the same few seconds.
 */
export async function probeKafka(options: KafkaConnectionOptions): Promise<void> {
  const timeout = options.connectionTimeoutMilliseconds ?? CONNECTION_TIMEOUT;
  const sockets = trackedSockets();
  const admin = createKafka(options, {
    retry: { retries: 0 },
    requestTimeout: timeout,
    logLevel: logLevel.NOTHING,
    socketFactory: sockets.socketFactory,
  }).admin();
  try {
    await withinTime(
      admin.connect().then(() => admin.describeCluster()),
      timeout,
      `no answer within ${timeout / 1000} s`,
    );
  } catch (error) {
    const cause = error instanceof Error ? error.message : String(error);
    throw new Error(`Kafka at ${describeBrokers(options.brokers)} is unreachable: ${cause}`, { cause: error });
  } finally {
    await withinTime(admin.disconnect(), timeout, 'disconnect').catch(() => undefined);
    sockets.destroyAll(true);
  }
}
