import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { readManifest, verifyEventFile } from '@ia/adapters/sqlite';
import { DEVELOPMENT_JWT_SECRET, signToken } from '@ia/platform';
import { spawnTypeScript, type TypeScriptChild } from '@ia/testing';
import { freePort, startSuite } from './suite-process';

const TOOLS = join(__dirname, '../../tools');
const CLIENTS = 4;
const token = (role: 'promoter' | 'admin') =>
  signToken({ user: `backup-${role}`, role }, { secret: DEVELOPMENT_JWT_SECRET, issuer: 'ia-suite', audience: 'ia-suite' });

const leadBody = (sequence: string) => ({
  parkId: 'xiangxiang-edz',
  companyName: `湘乡备份${sequence}电气有限公司`,
  industrySection: 'C',
  industryDivision: '38',
  source: 'promotion_event',
  sourceName: '湘港经贸合作周',
  contactPerson: '王经理',
  contactPhone: '13812345678',
  intendedInvestment: 50_000_000,
  landDemandMu: 30,
  expectedJobs: 120,
  expectedAnnualOutput: 80_000_000,
  expectedAnnualTax: 3_000_000,
});

async function runTool(tool: string, args: string[], environment: NodeJS.ProcessEnv) {
  const child = spawnTypeScript(join(TOOLS, tool), args, environment);
  let errors = '';
  child.process.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  const { code } = await child.exited;
  return { code, output: child.lines.join('\n'), errors };
}

describe('backup under write load, restore, and the restored start', () => {
  const root = mkdtempSync(join(tmpdir(), 'ia-backup-e2e-'));
  const live = join(root, 'live');
  const backup = join(root, 'backup');
  const restored = join(root, 'restored');
  let suite: TypeScriptChild | undefined;
  afterAll(() => {
    suite?.process.kill('SIGKILL');
    rmSync(root, { recursive: true, force: true });
  });

  it('keeps every acknowledged event up to the backup’s head, verified, and the restored suite answers from it', async () => {
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    suite = await startSuite(live, port);
    const headers = (role: 'promoter' | 'admin') => ({ 'Content-Type': 'application/json', Authorization: `Bearer ${token(role)}` });
    const acknowledged: Array<{ id: string; before: boolean }> = [];
    let backupStarted = false;
    let stop = false;
    let failure: string | undefined;
    const client = async (clientNumber: number) => {
      for (let sequence = 0; !stop; sequence += 1) {
        const response = await fetch(`${base}/api/v1/leads`, {
          method: 'POST',
          headers: headers('promoter'),
          body: JSON.stringify(leadBody(`${clientNumber}-${sequence}`)),
        });
        if (response.status !== 201) {
          failure = `${response.status} ${await response.text()}`;
          stop = true;
          return;
        }
        const wasBefore = !backupStarted;
        acknowledged.push({ id: ((await response.json()) as { id: string }).id, before: wasBefore });
      }
    };
    const clients = Array.from({ length: CLIENTS }, (_, index) => client(index));
    const waitUntil = async (done: () => boolean) => {
      while (!done() && failure === undefined) await new Promise((resolve) => setTimeout(resolve, 20));
      expect(failure).toBeUndefined();
    };
    await waitUntil(() => acknowledged.length >= 200);
    backupStarted = true;
    const taken = await runTool('backup.ts', ['--', backup], { IA_DATA_DIR: live });
    const duringBackup = acknowledged.filter((entry) => !entry.before).length;
    await waitUntil(() => acknowledged.filter((entry) => !entry.before).length >= duringBackup + 50);
    stop = true;
    await Promise.all(clients);
    suite.process.kill('SIGTERM');
    await suite.exited;
    expect(taken).toMatchObject({ code: 0 });
    expect(taken.output).toContain('Backed up');

    const manifest = readManifest(backup);
    const liveDatabase = new Database(join(live, 'events.sqlite'), { readonly: true });
    const positionOf = liveDatabase.prepare<[string], { position: number; event_id: string; metadata: string }>(
      "SELECT position, event_id, metadata FROM events WHERE stream_name = ? AND type = 'LeadRegistered'",
    );
    const located = acknowledged.map((entry) => ({ ...entry, row: positionOf.get(`lead-${entry.id}`) }));
    liveDatabase.close();
    expect(located.filter((entry) => !entry.row)).toEqual([]);
    // Acknowledged before the backup began: in it. Acknowledged after: in it exactly when at or below its head.
    expect(located.filter((entry) => entry.before && entry.row!.position > manifest.headPosition)).toEqual([]);
    const inBackup = located.filter((entry) => entry.row!.position <= manifest.headPosition);
    expect(inBackup.length).toBeLessThan(located.length);

    const refused = await runTool('restore.ts', [backup, '--into', live], {});
    expect(refused.code).toBe(1);
    expect(refused.errors).toContain('is not empty');
    const restoredRun = await runTool('restore.ts', [backup, '--into', restored], {});
    expect(restoredRun).toMatchObject({ code: 0 });
    expect(existsSync(join(restored, 'restore-pending.json'))).toBe(true);

    const copy = new Database(join(restored, 'events.sqlite'), { readonly: true });
    const byId = copy.prepare<[string], { position: number; metadata: string }>('SELECT position, metadata FROM events WHERE event_id = ?');
    const lost = inBackup.filter((entry) => {
      const found = byId.get(entry.row!.event_id);
      return !found || found.position !== entry.row!.position || found.metadata !== entry.row!.metadata;
    });
    copy.close();
    expect(lost).toEqual([]);
    expect(verifyEventFile(join(restored, 'events.sqlite')).failure).toBeUndefined();

    suite = await startSuite(restored, port, { LOG_LEVEL: 'info', IA_BACKUP_DIR: join(root, 'scheduled') });
    await suite.waitForLine((line) => line.includes('Restored from the backup of'));
    expect(existsSync(join(restored, 'restore-pending.json'))).toBe(false);
    expect(readdirSync(restored).filter((name) => name.startsWith('restored-'))).toHaveLength(1);
    const admin = { Authorization: `Bearer ${token('admin')}` };
    const sample = [...inBackup.slice(0, 20), ...inBackup.slice(-20)];
    for (const entry of sample) expect((await fetch(`${base}/api/v1/leads/${entry.id}`, { headers: admin })).status).toBe(200);
    const after = located.filter((entry) => entry.row!.position > manifest.headPosition).slice(0, 20);
    for (const entry of after) expect((await fetch(`${base}/api/v1/leads/${entry.id}`, { headers: admin })).status).toBe(404);

    const onDemand = await fetch(`${base}/api/v1/operations/backups`, { method: 'POST', headers: admin });
    expect(onDemand.status).toBe(201);
    // The restored suite's reactions (reminders noting what they missed) may append after the restore.
    const onDemandHead = ((await onDemand.json()) as { headPosition: number }).headPosition;
    expect(onDemandHead).toBeGreaterThanOrEqual(manifest.headPosition);
    const listed = (await (await fetch(`${base}/api/v1/operations/backups`, { headers: admin })).json()) as { items: unknown[] };
    expect(listed.items).toHaveLength(1);
    process.stdout.write(
      `[backup] ${acknowledged.length} registrations acknowledged, ${inBackup.length} at or below the backup's head ${manifest.headPosition}; restored and verified\n`,
    );
  }, 240_000);

  it('refuses to start on a restored folder whose events were altered, naming the stream', async () => {
    const tampered = join(root, 'tampered');
    expect((await runTool('restore.ts', [backup, '--into', tampered], {})).code).toBe(0);
    const database = new Database(join(tampered, 'events.sqlite'));
    const { stream_name: stream } = database.prepare('SELECT stream_name FROM events ORDER BY position DESC LIMIT 1').get() as {
      stream_name: string;
    };
    database.prepare(`UPDATE events SET data = json_set(data, '$.companyName', '篡改') WHERE stream_name = ?`).run(stream);
    database.close();
    const child = spawnTypeScript(join(__dirname, '../../services/suite/src/main.ts'), [], {
      PORT: String(await freePort()),
      IA_DATA_DIR: tampered,
      LOG_LEVEL: 'warn',
    });
    let errors = '';
    child.process.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    expect((await child.exited).code).toBe(1);
    expect(errors).toContain(`The restored event store does not verify: ${stream}`);
  }, 60_000);
});
