import { BACKWARDS, END, EventStoreDBClient } from '@eventstore/db-client';

const PROBE_TIMEOUT = 3_000;

/** The connection string as it may appear in a log or an error: never with its password. */
export function maskEventStoreDbUrl(url: string): string {
  return url.replace(/\/\/[^@/]*@/, '//***@');
}

/** The client understands esdb:// only; kurrentdb:// names the same protocol. */
function toClientConnectionString(url: string): string {
  return url.replace(/^kurrentdb(\+discover)?:\/\//, 'esdb$1://');
}

/** Asks the server for the newest entry of the log: the cheapest read that proves it answers. */
export async function pingEventStoreDb(client: EventStoreDBClient, deadline = PROBE_TIMEOUT): Promise<void> {
  for await (const _ of client.readAll({ direction: BACKWARDS, fromPosition: END, maxCount: 1, deadline })) break;
}

/** Connects and proves the server answers, so that a wrong address stops the service at start. */
export async function connectEventStoreDb(
  url: string,
  options: { readonly timeoutMilliseconds?: number } = {},
): Promise<EventStoreDBClient> {
  const timeout = options.timeoutMilliseconds ?? PROBE_TIMEOUT;
  let client: EventStoreDBClient | undefined;
  let timer: NodeJS.Timeout | undefined;
  try {
    client = EventStoreDBClient.connectionString(toClientConnectionString(url));
    const connected = client;
    await Promise.race([
      pingEventStoreDb(connected, timeout),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${timeout} ms`)), timeout);
      }),
    ]);
    return connected;
  } catch (error) {
    await client?.dispose().catch(() => undefined);
    const cause = error instanceof Error ? error.message : String(error);
    throw new Error(`EventStoreDB at ${maskEventStoreDbUrl(url)} is unreachable: ${cause}`, { cause: error });
  } finally {
    clearTimeout(timer);
  }
}
