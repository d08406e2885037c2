import { constants, copyFileSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { BackupError, checkFiles, readManifest, type BackupManifest } from './manifest';
import { writeRestoreMarker } from './restored-start';

export interface RestoreTargets {
  /** Where the event store's file goes; its folder is the data folder and must be empty. */
  readonly eventsFile: string;
  readonly keysFile: string;
}

/**
 * Puts a backup back into an empty data folder: the files must be exactly those the backup wrote (sizes
 * and SHA-256 from the manifest), and a backup whose chains did not verify is refused. The suite started on
 * the folder afterwards verifies every chain against the manifest and rebuilds its read models before it
 * answers (see openRestoredStore), guided by the marker written here.
 */
export async function restoreBackup(backupFolder: string, targets: RestoreTargets, restoredAt: string): Promise<BackupManifest> {
  const manifest = readManifest(backupFolder);
  if (manifest.chainFailure) {
    const { streamName, position, reason } = manifest.chainFailure;
    throw new BackupError(
      `The backup's hash chain of ${streamName} did not verify at position ${position} (${reason}); it is not restored`,
    );
  }
  await checkFiles(backupFolder, manifest);
  for (const folder of new Set([dirname(targets.eventsFile), dirname(targets.keysFile)])) {
    if (existsSync(folder) && readdirSync(folder).length > 0) {
      throw new BackupError(`${folder} is not empty: a restore goes only into an empty data folder`);
    }
  }
  const copies: Array<[string, string]> = [
    [join(backupFolder, manifest.files.events.name), targets.eventsFile],
    [join(backupFolder, manifest.files.keys.name), targets.keysFile],
  ];
  try {
    for (const [from, to] of copies) {
      mkdirSync(dirname(to), { recursive: true });
      copyFileSync(from, `${to}.partial`, constants.COPYFILE_EXCL);
      renameSync(`${to}.partial`, to);
    }
    writeRestoreMarker(targets.eventsFile, { ...manifest, restoredFrom: backupFolder, restoredAt });
  } catch (error) {
    for (const [, to] of copies) for (const file of [to, `${to}.partial`]) rmSync(file, { force: true });
    throw error;
  }
  return manifest;
}
