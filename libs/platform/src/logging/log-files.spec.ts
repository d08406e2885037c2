import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfiguration } from '../config/configuration';
import { LogFiles } from './log-files';

describe('log files and their retention', () => {
  it('keeps a file a day and deletes those older than the retention when a new day starts', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'ia-logs-'));
    const old = join(directory, 'suite-2025-08-01.log');
    const kept = join(directory, 'suite-2025-09-10.log');
    const other = join(directory, 'notes.txt');
    for (const file of [old, kept, other]) writeFileSync(file, 'x\n');
    let now = new Date('2026-03-02T10:00:00Z');
    const files = new LogFiles(directory, 'suite', 180, () => now);
    files.write('{"message":"one"}');
    now = new Date('2026-03-03T00:00:01Z');
    files.write('{"message":"two"}');
    await files.close();
    expect(readFileSync(join(directory, 'suite-2026-03-02.log'), 'utf8')).toBe('{"message":"one"}\n');
    expect(readFileSync(join(directory, 'suite-2026-03-03.log'), 'utf8')).toBe('{"message":"two"}\n');
    expect([existsSync(old), existsSync(kept), existsSync(other)]).toEqual([false, true, true]);
    rmSync(directory, { recursive: true, force: true });
  });

  it('refuses a retention shorter than the six months the rules ask for', () => {
    expect(loadConfiguration({}).observability.logRetentionDays).toBe(190);
    expect(() => loadConfiguration({ IA_LOG_RETENTION_DAYS: '30' })).toThrow('IA_LOG_RETENTION_DAYS');
  });
});
