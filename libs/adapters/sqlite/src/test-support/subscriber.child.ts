// A third process that follows the global log: `<file> <expected-count>`. Prints `seen <position> <eventId>`.
import { createMemoryCheckpointStore } from '@ia/adapters/memory';
import { createSubscription } from '@ia/kernel';
import { createSqliteEventStore } from '../sqlite-event-store';

async function main(): Promise<void> {
  const [file, expectedText] = process.argv.slice(2);
  const expected = Number(expectedText);
  const store = createSqliteEventStore(file as string);
  let seen = 0;
  let finish: () => void = () => undefined;
  const finished = new Promise<void>((resolve) => (finish = resolve));
  const subscription = createSubscription({
    name: 'third-process',
    store,
    checkpoints: createMemoryCheckpointStore(),
    batchSize: 7,
    pollIntervalMilliseconds: 5,
    handle: async (event) => {
      process.stdout.write(`seen ${event.position} ${event.eventId}\n`);
      seen += 1;
      if (seen >= expected) finish();
    },
  });
  process.stdout.write('ready\n');
  subscription.start();
  await finished;
  await subscription.stop();
  await store.close();
  process.stdout.write('done\n');
}

main().catch((error: unknown) => {
  process.stderr.write(`${String(error)}\n`);
  process.exit(1);
});
