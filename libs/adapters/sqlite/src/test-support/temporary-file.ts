import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function temporaryDatabase(): { file: string; remove(): void } {
  const folder = mkdtempSync(join(tmpdir(), 'ia-sqlite-'));
  return { file: join(folder, 'events.sqlite'), remove: () => rmSync(folder, { recursive: true, force: true }) };
}
