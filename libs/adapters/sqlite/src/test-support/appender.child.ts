// A second process that appends to the same SQLite file: `<file> <prefix> <count> [shared-stream]`.
// It prints `ack <eventId> <position>` after each acknowledged append, so a parent can kill it at any moment.
import { randomUUID } from 'node:crypto';
import { ConcurrencyError } from '@ia/kernel';
import { newEvent } from '@ia/testing';
import { createSqliteEventStore } from '../sqlite-event-store';

async function main(): Promise<void> {
  const [file, prefix, countText, shared] = process.argv.slice(2);
  if (!file || !prefix || !countText) throw new Error('usage: <file> <prefix> <count> [shared-stream]');
  const count = Number(countText);
  const store = createSqliteEventStore(file);
  for (let index = 0; index < count; index += 1) {
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
