import { Client } from 'pg';

export interface Notifications {
  /** Starts listening (once); resolves false where the database has no LISTEN, which leaves the safety poll. */
  listen(onNotified: (payload: string) => void): Promise<boolean>;
  close(): Promise<void>;
}

const RECONNECT_DELAY = 1_000;

/**
 * One connection of its own that LISTENs on the channel, so that subscribers wake when another process
 * appended. A dropped connection is opened again after a pause; whatever was appended meanwhile is found by
 * the subscriptions' slow safety poll, so a lost notification delays an event, it never loses one.
 */
export function createNotifications(connectionString: string, channel: string): Notifications {
  let client: Client | undefined;
  let closed = false;
  let started: Promise<boolean> | undefined;
  let timer: NodeJS.Timeout | undefined;

  const open = async (onNotified: (payload: string) => void): Promise<boolean> => {
    const next = new Client({ connectionString, keepAlive: true, connectionTimeoutMillis: 3_000 });
    // Once this connection is no longer the current one, its end is ours and nothing is reopened.
    const reopen = () => {
      if (closed || client !== next) return;
      client = undefined;
      void next.end().catch(() => undefined);
      timer = setTimeout(() => void open(onNotified), RECONNECT_DELAY);
      timer.unref();
    };
    next.on('error', reopen);
    next.on('end', reopen);
    next.on('notification', (message) => onNotified(message.payload ?? ''));
    client = next;
    try {
      await next.connect();
    } catch {
      reopen();
      return false;
    }
    try {
      await next.query(`LISTEN ${channel}`);
    } catch {
      // A database without LISTEN: the safety poll finds new events instead.
      client = undefined;
      await next.end().catch(() => undefined);
      return false;
    }
    if (closed) await next.end().catch(() => undefined);
    return !closed;
  };

  return {
    listen(onNotified) {
      started ??= open(onNotified);
      return started;
    },
    async close() {
      closed = true;
      clearTimeout(timer);
      const last = client;
      client = undefined;
      await last?.end().catch(() => undefined);
    },
  };
}
