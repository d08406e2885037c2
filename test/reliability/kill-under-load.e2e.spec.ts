import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { DEVELOPMENT_JWT_SECRET, signToken } from '@ia/platform';
import type { TypeScriptChild } from '@ia/testing';
import { freePort, startSuite } from './suite-process';

const KILLS = 3;
const CLIENTS = 6;
/** Park policy so that leads can be screened: every other client qualifies the lead it registered. */
const POLICY = { wantedIndustries: ['C38'], excludedIndustries: [], minimumInvestmentIntensity: 0, minimumTaxPerMu: 0, minimumJobs: 0 };
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

  it(`loses no acknowledged command across ${KILLS} kills, reacts to each qualification once, and read models equal a rebuild`, async () => {
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    const acknowledged = new Map<string, string>();
    const qualified = new Set<string>();
    let attempts = 0;
    const send = (method: string, path: string, role: 'promoter' | 'admin', body: unknown) =>
      fetch(`${base}${path}`, {
        method,
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token(role)}` },
        body: JSON.stringify(body),
      });
    for (let kill = 1; kill <= KILLS; kill += 1) {
      suite = await startSuite(dataDirectory, port);
      const running = suite;
      if (kill === 1) expect((await send('PUT', '/api/v1/park-policies/xiangxiang-edz', 'admin', POLICY)).status).toBe(200);
      let stop = false;
      const client = async (clientNumber: number) => {
        for (let sequence = 0; !stop; sequence += 1) {
          attempts += 1;
          const name = `${kill}-${clientNumber}-${sequence}`;
          try {
            const response = await send('POST', '/api/v1/leads', 'promoter', leadBody(name));
            if (response.status >= 500) throw new Error(`${response.status} ${await response.text()}`);
            if (response.status !== 201) continue;
            const { id } = (await response.json()) as { id: string };
            acknowledged.set(id, name);
            if (clientNumber % 2 !== 0) continue;
            attempts += 1;
            // Qualifying publishes LeadQualified, to which contract signing reacts: a kill can fall between the two.
            const screening = await send('POST', `/api/v1/leads/${id}/screenings`, 'promoter', { decision: 'qualify', reason: '压测' });
            if (screening.status === 200 || screening.status === 201) qualified.add(id);
            else if (screening.status >= 500) throw new Error(`${screening.status} ${await screening.text()}`);
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
    // Every acknowledged command is stored; a command in flight at the kill may be stored without its answer.
    expect(registered.count).toBeGreaterThanOrEqual(acknowledged.size);
    expect(registered.count).toBeLessThanOrEqual(acknowledged.size + KILLS * CLIENTS);

    // Contract signing catches up on the qualifications published before the kills, each in effect once.
    const leadsOf = (type: string) =>
      database
        .prepare("SELECT json_extract(data, '$.leadId') AS lead, COUNT(*) AS count FROM events WHERE type = ? GROUP BY lead")
        .all(type) as Array<{ lead: string; count: number }>;
    const qualifiedInStore = new Set(
      (database.prepare("SELECT lead_id AS lead FROM events WHERE type = 'LeadQualified'").all() as Array<{ lead: string }>).map(
        (row) => row.lead,
      ),
    );
    const deadline = Date.now() + 30_000;
    while (leadsOf('LeadQualificationRecorded').length < qualifiedInStore.size && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    const recorded = leadsOf('LeadQualificationRecorded');
    expect([...qualified].filter((lead) => !qualifiedInStore.has(lead))).toEqual([]);
    expect(recorded.map((row) => row.lead).sort()).toEqual([...qualifiedInStore].sort());
    expect(recorded.filter((row) => row.count !== 1)).toEqual([]);
    expect(database.prepare('SELECT COUNT(*) AS count FROM dead_letters').get()).toEqual({ count: 0 });
    database.close();

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
      `[kill -9] ${KILLS} kills survived, ${attempts} commands sent, ${acknowledged.size} registrations acknowledged, ${registered.count} stored; ${qualifiedInStore.size} qualifications stored (${qualified.size} acknowledged), each recorded once by contract signing\n`,
    );
  }, 300_000);
});
