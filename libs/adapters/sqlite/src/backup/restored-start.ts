import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { verifyEventFile } from './event-file';
import { differencesFrom } from './log-verification';
import type { BackupManifest } from './manifest';

const MARKER = 'restore-pending.json';

export type RestoreMarker = BackupManifest & { readonly restoredFrom: string; readonly restoredAt: string };

export interface RestoredStore {
  readonly marker: RestoreMarker;
  /** Called once the read models are rebuilt: the marker is kept under another name, as the record of the restore. */
  acknowledge(verifiedAt: string): void;
}

export class RestoreVerificationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RestoreVerificationError';
  }
}

export function writeRestoreMarker(eventsFile: string, marker: RestoreMarker): void {
  writeFileSync(join(dirname(eventsFile), MARKER), `${JSON.stringify(marker)}\n`);
}

/**
 * On the first start after a restore the event store must be exactly what was backed up: every chain
 * verifies and ends where the manifest says. Until that holds the suite does not start; once it holds the
 * caller rebuilds every read model and acknowledges. Undefined when the folder was not restored.
 */
export function openRestoredStore(eventsFile: string): RestoredStore | undefined {
  const path = join(dirname(eventsFile), MARKER);
  if (!existsSync(path)) return undefined;
  const marker = JSON.parse(readFileSync(path, 'utf8')) as RestoreMarker;
  const verification = verifyEventFile(eventsFile);
  if (verification.failure) {
    const { streamName, position, reason, detail } = verification.failure;
    throw new RestoreVerificationError(
      `The restored event store does not verify: ${streamName} at position ${position}, ${reason}: ${detail}`,
    );
  }
  const differences = differencesFrom(verification, marker);
  if (differences.length > 0) {
    throw new RestoreVerificationError(
      `The restored event store is not the backup of ${marker.takenAt}: ${differences.slice(0, 5).join('; ')}`,
    );
  }
  return {
    marker,
    acknowledge(verifiedAt) {
      const record = join(dirname(eventsFile), `restored-${marker.restoredAt.replace(/[:.]/g, '-')}.json`);
      const { streams: _streams, ...summary } = marker;
      writeFileSync(record, `${JSON.stringify({ ...summary, verifiedAt }, null, 1)}\n`);
      rmSync(path);
    },
  };
}
