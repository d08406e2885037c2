import { createHash } from 'node:crypto';
import { createReadStream, existsSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LogFailure, StreamHead } from './log-verification';

export const MANIFEST_FILE = 'manifest.json';
export const EVENTS_FILE = 'events.sqlite';
export const KEYS_FILE = 'keys.sqlite';
const FORMAT = 'ia-suite-backup/1';

export interface BackupFile {
  readonly name: string;
  readonly bytes: number;
  readonly sha256: string;
}

/** What a backup holds, written last: a folder without it is an unfinished backup. */
export interface BackupManifest {
  readonly format: typeof FORMAT;
  readonly takenAt: string;
  readonly headPosition: number;
  readonly eventCount: number;
  readonly files: { readonly events: BackupFile; readonly keys: BackupFile };
  readonly keys: { readonly held: number; readonly erased: number };
  /** Set when a hash chain of the copy did not verify: the backup is kept, and a restore of it will refuse to start. */
  readonly chainFailure?: LogFailure;
  /** The last event of every stream, by stream name. */
  readonly streams: Readonly<Record<string, StreamHead>>;
}

export async function describeFile(folder: string, name: string): Promise<BackupFile> {
  const path = join(folder, name);
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return { name, bytes: statSync(path).size, sha256: hash.digest('hex') };
}

export function writeManifest(folder: string, manifest: BackupManifest): void {
  const path = join(folder, MANIFEST_FILE);
  writeFileSync(`${path}.partial`, `${JSON.stringify(manifest, null, 1)}\n`);
  renameSync(`${path}.partial`, path);
}

export class BackupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BackupError';
  }
}

export function readManifest(folder: string): BackupManifest {
  const path = join(folder, MANIFEST_FILE);
  if (!existsSync(path)) throw new BackupError(`${folder} holds no ${MANIFEST_FILE}: it is not a finished backup`);
  let manifest: Omit<BackupManifest, 'format'> & { readonly format: unknown };
  try {
    manifest = JSON.parse(readFileSync(path, 'utf8')) as BackupManifest;
  } catch (error) {
    throw new BackupError(`${path} is not JSON: ${String(error)}`);
  }
  if (manifest.format !== FORMAT) throw new BackupError(`${path}: expected format ${FORMAT}, found ${JSON.stringify(manifest.format)}`);
  if (
    !Number.isInteger(manifest.headPosition) ||
    typeof manifest.streams !== 'object' ||
    !manifest.files?.events ||
    !manifest.files?.keys
  ) {
    throw new BackupError(`${path} lacks the head position, the streams or the files`);
  }
  return manifest as BackupManifest;
}

/** Every file of the backup is there with the size and hash the manifest recorded. */
export async function checkFiles(folder: string, manifest: BackupManifest): Promise<void> {
  for (const expected of [manifest.files.events, manifest.files.keys]) {
    if (!existsSync(join(folder, expected.name))) throw new BackupError(`${expected.name} is missing from ${folder}`);
    const found = await describeFile(folder, expected.name);
    if (found.sha256 !== expected.sha256 || found.bytes !== expected.bytes) {
      throw new BackupError(`${expected.name} in ${folder} is not the file the backup wrote (size or SHA-256 differs)`);
    }
  }
}
