// A consistent online backup of the embedded event and key stores, while the suite serves:
// `npm run backup -- <empty or new folder>`. The stores are found as the suite finds them (IA_DATA_DIR, IA_STORE, IA_KEY_STORE).
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import Database from 'better-sqlite3';
import { takeBackup } from '@ia/adapters/sqlite';
import { loadConfiguration } from '@ia/platform';

async function main(): Promise<number> {
  const [target] = process.argv.slice(2).filter((argument) => argument !== '--');
  if (!target) {
    process.stderr.write('usage: npm run backup -- <folder>   (a new or empty folder)\n');
    return 2;
  }
  const configuration = loadConfiguration();
  const { store, keyStore } = configuration;
  if (store.kind !== 'sqlite' || keyStore.kind !== 'sqlite') {
    process.stderr.write(
      'npm run backup copies the embedded SQLite event and key stores; EventStoreDB, PostgreSQL and Redis are backed up with their own tools (deploy/README.md)\n',
    );
    return 2;
  }
  for (const file of [store.file, keyStore.file]) {
    if (!existsSync(file)) {
      process.stderr.write(`${file} does not exist: nothing to back up there (is IA_DATA_DIR right?)\n`);
      return 2;
    }
  }
  const events = new Database(store.file, { readonly: true, fileMustExist: true });
  const keys = new Database(keyStore.file, { readonly: true, fileMustExist: true });
  try {
    const folder = resolve(target);
    const manifest = await takeBackup({ events, keys, sameConnectionAsWriter: false }, folder, new Date().toISOString());
    process.stdout.write(
      `Backed up ${manifest.eventCount} events (head ${manifest.headPosition}) in ${Object.keys(manifest.streams).length} streams ` +
        `and ${manifest.keys.held} keys (${manifest.keys.erased} erased) into ${folder}\n`,
    );
    if (manifest.chainFailure) {
      const { streamName, position, reason } = manifest.chainFailure;
      process.stderr.write(
        `The hash chain of ${streamName} does not verify at position ${position} (${reason}): investigate before relying on this backup\n`,
      );
      return 1;
    }
    return 0;
  } finally {
    events.close();
    keys.close();
  }
}

main().then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    process.stderr.write(`Backup failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
