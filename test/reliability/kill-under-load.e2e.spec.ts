import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { DEVELOPMENT_JWT_SECRET, signToken } from '@ia/platform';
import type { TypeScriptChild } from '@ia/testing';
import { freePort, startSuite } from './suite-process';

const KILLS = 3;
const CLIENTS = 6;
const token = (role: 'promoter' | 'admin') =>
  signToken({ user: `load-${role}`, role }, { secret: DEVELOPMENT_JWT_SECRET, issuer: 'ia-suite', audience: 'ia-suite' });

function leadBody(sequence: string) {
  return {
    parkId: 'xiangxiang-edz',
    companyName: `湘乡压测${sequence}电气有限公司`,
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
  };
}

describe('kill -9 of the suite under a steady load of commands', () => {
  const dataDirectory = mkdtempSync(join(tmpdir(), 'ia-kill-'));
  let suite: TypeScriptChild | undefined;
  afterAll(() => {
    suite?.process.kill('SIGKILL');
    rmSync(dataDirectory, { recursive: true, force: true });
  });

  it(`loses no acknowledged command across ${KILLS} kills, and read models equal a rebuild`, async () => {
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    const acknowledged = new Map<string, string>();
    let attempts = 0;
    for (let kill = 1; kill <= KILLS; kill += 1) {
      suite = await startSuite(dataDirectory, port);
      const running = suite;
      let stop = false;
      const client = async (clientNumber: number) => {
        for (let sequence = 0; !stop; sequence += 1) {
          attempts += 1;
          const name = `${kill}-${clientNumber}-${sequence}`;
          try {
            const response = await fetch(`${base}/api/v1/leads`, {
              method: 'POST',
              headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token('promoter')}` },
              body: JSON.stringify(leadBody(name)),
            });
            if (response.status === 201) acknowledged.set(((await response.json()) as { id: string }).id, name);
            else if (response.status >= 500) throw new Error(`${response.status} ${await response.text()}`);
          } catch (error) {
            if (!stop) throw error;
            return;
          }
        }
      };
      const clients = Array.from({ length: CLIENTS }, (_, index) => client(index));
      const before = acknowledged.size;
      while (acknowledged.size < before + 60) await new Promise((resolve) => setTimeout(resolve, 20));
      // Requests in flight when the process dies fail: that is the point, they were never acknowledged.
      stop = true;
      running.process.kill('SIGKILL');
      await running.exited;
      await Promise.all(clients);
    }

    suite = await startSuite(dataDirectory, port);
    const headers = { Authorization: `Bearer ${token('admin')}` };
    const missing: string[] = [];
    for (const [id] of acknowledged) {
      const response = await fetch(`${base}/api/v1/leads/${id}`, { headers });
      if (response.status !== 200) missing.push(`${id}: ${response.status}`);
    }
    expect(missing).toEqual([]);

    const database = new Database(join(dataDirectory, 'events.sqlite'), { readonly: true });
    const registered = database.prepare("SELECT COUNT(*) AS count FROM events WHERE type = 'LeadRegistered'").get() as { count: number };
    expect(database.pragma('integrity_check', { simple: true })).toBe('ok');
    database.close();
    // Every acknowledged command is stored; a command in flight at the kill may be stored without its answer.
    expect(registered.count).toBeGreaterThanOrEqual(acknowledged.size);
    expect(registered.count).toBeLessThanOrEqual(acknowledged.size + KILLS * CLIENTS);

    const list = async () => {
      const ids: string[] = [];
      for (let page = 1; ; page += 1) {
        const response = await fetch(`${base}/api/v1/leads?pageSize=100&page=${page}`, { headers });
        const { items } = (await response.json()) as { items: Array<{ id: string }> };
        ids.push(...items.map((item) => item.id));
        if (items.length < 100) return ids.sort();
      }
    };
    const live = await list();
    const projections = (await (await fetch(`${base}/api/v1/operations/projections`, { headers })).json()) as {
      projections: Array<{ name: string }>;
    };
    for (const { name } of projections.projections) {
      const rebuilt = await fetch(`${base}/api/v1/operations/projections/${encodeURIComponent(name)}/rebuild`, { method: 'POST', headers });
      expect(rebuilt.status).toBe(201);
    }
    expect(await list()).toEqual(live);
    expect(live).toEqual(expect.arrayContaining([...acknowledged.keys()]));
    process.stdout.write(
      `[kill -9] ${KILLS} kills survived, ${attempts} commands sent, ${acknowledged.size} acknowledged, ${registered.count} stored\n`,
    );
  }, 300_000);
});
