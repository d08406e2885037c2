import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { countKeys, verifyEventFile } from './event-file';
import { BackupError, describeFile, EVENTS_FILE, KEYS_FILE, writeManifest, type BackupManifest } from './manifest';
import { onlineBackup } from './online-backup';

export interface BackupSources {
  readonly events: Database.Database;
  readonly keys: Database.Database;
  /** True inside the suite, on the connections that write: the copy then goes in small steps. */
  readonly sameConnectionAsWriter: boolean;
}

/**
 * A consistent online backup of the event store and the key store into an empty folder, then a manifest
 * of the copy: head position, every stream's last hash, the files' hashes. The events are copied first and
 * the keys after them, so that every event of the copy finds its key, and a person erased meanwhile stays
 * erased in the copy (the other order could bring back a key whose erasure the copied log records).
 */
export async function takeBackup(sources: BackupSources, folder: string, takenAt: string): Promise<BackupManifest> {
  if (existsSync(folder) && readdirSync(folder).length > 0) throw new BackupError(`Backup folder ${folder} is not empty`);
  mkdirSync(folder, { recursive: true });
  const options = { sameConnectionAsWriter: sources.sameConnectionAsWriter };
  await onlineBackup(sources.events, join(folder, EVENTS_FILE), options);
  await onlineBackup(sources.keys, join(folder, KEYS_FILE), options);
  const verification = verifyEventFile(join(folder, EVENTS_FILE));
  const manifest: BackupManifest = {
    format: 'ia-suite-backup/1',
    takenAt,
    headPosition: verification.headPosition,
    eventCount: verification.eventCount,
    files: { events: await describeFile(folder, EVENTS_FILE), keys: await describeFile(folder, KEYS_FILE) },
    keys: countKeys(join(folder, KEYS_FILE)),
    ...(verification.failure && { chainFailure: verification.failure }),
    streams: Object.fromEntries(verification.streams),
  };
  writeManifest(folder, manifest);
  return manifest;
}
