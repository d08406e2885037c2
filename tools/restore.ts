// Restores a backup into an empty data folder: `npm run restore -- <backup folder> [--into <data folder>]`.
// Without --into, the folder is where the suite keeps its stores (IA_DATA_DIR, IA_STORE, IA_KEY_STORE).
// The suite started on it afterwards verifies every chain against the backup's manifest and rebuilds its read models first.
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { restoreBackup } from '@ia/adapters/sqlite';
import { loadConfiguration } from '@ia/platform';

function targets(into: string | undefined): { eventsFile: string; keysFile: string } | string {
  if (into !== undefined) return { eventsFile: join(resolve(into), 'events.sqlite'), keysFile: join(resolve(into), 'keys.sqlite') };
  const { store, keyStore } = loadConfiguration();
  if (store.kind !== 'sqlite' || keyStore.kind !== 'sqlite')
    return 'IA_STORE and IA_KEY_STORE must be SQLite files to restore into (or pass --into <folder>)';
  return { eventsFile: store.file, keysFile: keyStore.file };
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({ options: { into: { type: 'string' } }, allowPositionals: true });
  const [backup] = positionals;
  if (!backup) {
    process.stderr.write('usage: npm run restore -- <backup folder> [--into <empty data folder>]\n');
    return 2;
  }
  const where = targets(values.into);
  if (typeof where === 'string') {
    process.stderr.write(`${where}\n`);
    return 2;
  }
  const manifest = await restoreBackup(resolve(backup), where, new Date().toISOString());
  process.stdout.write(
    `Restored the backup of ${manifest.takenAt} (${manifest.eventCount} events, head ${manifest.headPosition}) into ${where.eventsFile} and ${where.keysFile}.\n` +
      'The next start verifies every hash chain against the manifest and rebuilds the read models before it answers.\n',
  );
  return 0;
}

main().then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    process.stderr.write(`Restore refused: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
