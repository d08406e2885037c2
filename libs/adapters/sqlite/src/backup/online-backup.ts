import { existsSync, renameSync, rmSync } from 'node:fs';
import Database from 'better-sqlite3';

/** Pages copied in one step of a backup taken on the connection that also writes: small, so requests keep flowing. */
export const PAGES_PER_STEP = 256;
const ALL_PAGES = 0x7fffffff;

/**
 * SQLite's online backup API. On the connection that writes (inside the suite), a write made while the copy
 * runs is copied too, so it may go in small steps. From another connection (the backup tool) a write by the
 * suite restarts a stepwise copy; one step copies everything under a single read snapshot, and in WAL mode
 * the suite keeps writing meanwhile. The copy is written beside its target and renamed when complete, and
 * its journal is switched off WAL so that the backup is one self-contained file.
 */
export async function onlineBackup(
  source: Database.Database,
  target: string,
  options: { readonly sameConnectionAsWriter: boolean },
): Promise<void> {
  if (existsSync(target)) throw new Error(`Backup target ${target} exists already`);
  const partial = `${target}.partial`;
  rmSync(partial, { force: true });
  const pagesPerStep = options.sameConnectionAsWriter ? PAGES_PER_STEP : ALL_PAGES;
  try {
    await source.backup(partial, { progress: () => pagesPerStep });
    const copy = new Database(partial);
    try {
      copy.pragma('journal_mode = DELETE');
      const check = copy.pragma('quick_check', { simple: true }) as string;
      if (check !== 'ok') throw new Error(`The copy of ${source.name} does not pass SQLite's check: ${check}`);
    } finally {
      copy.close();
    }
    renameSync(partial, target);
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  }
}
