// A reader process that follows the global log: `<url> <expected-count> <poll-ms>`. Prints `seen <position> <eventId>`.
// With a poll of minutes it can only keep up if notifications wake it.
import { createMemoryCheckpointStore } from '@ia/adapters/memory';
import { createSubscription } from '@ia/kernel';
import { openPostgresStores } from '../postgres-engine';

async function main(): Promise<void> {
  const [url, expectedText, pollText] = process.argv.slice(2);
  const { store } = await openPostgresStores(url as string);
  let seen = 0;
  let finish: () => void = () => undefined;
  const finished = new Promise<void>((resolve) => (finish = resolve));
  const subscription = createSubscription({
    name: 'reader-process',
    store,
    checkpoints: createMemoryCheckpointStore(),
    batchSize: 7,
    pollIntervalMilliseconds: Number(pollText),
    handle: async (event) => {
      process.stdout.write(`seen ${event.position} ${event.eventId}\n`);
      seen += 1;
      if (seen >= Number(expectedText)) finish();
    },
  });
  subscription.start();
  // Listening starts with the subscription; give the LISTEN a moment to be in place before the writers start.
  await new Promise((resolve) => setTimeout(resolve, 300));
  process.stdout.write('ready\n');
  await finished;
  await subscription.stop();
  await store.close();
  process.stdout.write('done\n');
}

main().catch((error: unknown) => {
  process.stderr.write(`${String(error)}\n`);
  process.exit(1);
});
