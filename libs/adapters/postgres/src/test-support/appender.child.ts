// A writer process on the shared database: `<url> <prefix> <count> [shared-stream]`. Prints
// `ack <eventId> <position>` after each acknowledged append, so that a parent can kill it at any moment.
import { randomUUID } from 'node:crypto';
import { ConcurrencyError } from '@ia/kernel';
import { newEvent } from '@ia/testing';
import { openPostgresStores } from '../postgres-engine';

async function main(): Promise<void> {
  const [url, prefix, countText, shared] = process.argv.slice(2);
  if (!url || !prefix || !countText) throw new Error('usage: <url> <prefix> <count> [shared-stream]');
  const { store } = await openPostgresStores(url);
  process.stdout.write('ready\n');
  for (let index = 0; index < Number(countText); index += 1) {
    const event = newEvent('Appended', { prefix, index, 说明: '并发写入' });
    const stream = shared ?? `${prefix}-${randomUUID()}`;
    for (;;) {
      try {
        const revision = shared ? (await store.readStream(stream)).length - 1 : -1;
        const result = await store.appendToStream(stream, [event], { expectedRevision: revision < 0 ? 'no_stream' : revision });
        process.stdout.write(`ack ${event.eventId} ${result.lastPosition}\n`);
        break;
      } catch (error) {
        if (!(error instanceof ConcurrencyError)) throw error;
      }
    }
  }
  await store.close();
  process.stdout.write('done\n');
}

main().catch((error: unknown) => {
  process.stderr.write(`${String(error)}\n`);
  process.exit(1);
});
