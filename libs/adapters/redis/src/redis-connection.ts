import { createClient } from 'redis';

export type RedisClient = ReturnType<typeof createClient>;

export interface RedisConnectionOptions {
  /** How long the first connect may take before start gives up. */
  readonly connectTimeoutMilliseconds?: number;
  /** Ceiling of the pause between reconnects once the first connect succeeded. */
  readonly maximumReconnectDelayMilliseconds?: number;
}

const CONNECT_TIMEOUT = 3_000;
const MAXIMUM_RECONNECT_DELAY = 5_000;

/** The URL as it may appear in a log or an error: never with its password. */
export function maskRedisUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return url.replace(/\/\/[^@/]*@/, '//***@');
  }
}

/**
 * Connects once, failing within the connect timeout when nothing answers; after that first
 * connect, a dropped connection is retried with a capped backoff instead of stopping the service.
 */
export async function connectRedis(url: string, options: RedisConnectionOptions = {}): Promise<RedisClient> {
  const connectTimeout = options.connectTimeoutMilliseconds ?? CONNECT_TIMEOUT;
  const maximumDelay = options.maximumReconnectDelayMilliseconds ?? MAXIMUM_RECONNECT_DELAY;
  let connectedOnce = false;
  const client = createClient({
    url,
    socket: {
      connectTimeout,
      reconnectStrategy: (retries) => (connectedOnce ? Math.min(100 * 2 ** retries, maximumDelay) : false),
    },
  });
  let lastError: unknown;
  // Without a listener node-redis re-throws socket errors as unhandled 'error' events.
  client.on('error', (error: unknown) => {
    lastError = error;
  });
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      client.connect(),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${connectTimeout} ms`)), connectTimeout);
      }),
    ]);
    connectedOnce = true;
    return client;
  } catch (error) {
    if (client.isOpen) client.destroy();
    const cause = describeError(lastError ?? error);
    throw new Error(`Redis at ${maskRedisUrl(url)} is unreachable: ${cause}`, { cause: error });
  } finally {
    clearTimeout(timer);
  }
}

function describeError(error: unknown): string {
  if (error instanceof AggregateError) return error.errors.map(describeError).join('; ');
  return error instanceof Error ? error.message || error.name : String(error);
}
