'use strict';
// Workload 3: catch-up. A million events in the global log (a raw bulk insert of valid envelopes),
// then a projection rebuilt from zero through the adapter's readAll with the kernel's
// createProjectionRunner and memory read models. Each side runs in its own process so that its
// peak resident memory (VmHWM) is its own. Reference: a raw scan of the same table.
const { join } = require('node:path');
const env = require('../lib/env');
const { bulkInsert, projectHistory } = require('../lib/events');
const { forkMeasurement, answer } = require('../lib/child');
const { metric } = require('../lib/result');
const { since } = require('../lib/stats');

const EVENTS_PER_PROJECT = 100;

/** A realistic small projection: one document per lead, and a funnel of counts per park. */
const leadFunnel = {
  name: 'bench.lead-funnel',
  collections: ['bench.leads', 'bench.funnel'],
  async apply(event, readModels) {
    const leadId = event.metadata.leadId;
    switch (event.type) {
      case 'LeadRegistered': {
        await readModels.put('bench.leads', leadId, {
          leadId,
          parkId: event.data.parkId,
          companyName: event.data.companyName,
          status: 'registered',
          followUps: 0,
          position: event.position,
        });
        return bump(readModels, event.data.parkId, 'registered');
      }
      case 'FollowUpRecorded': {
        const lead = await readModels.get('bench.leads', leadId);
        if (!lead || lead.position >= event.position) return;
        return readModels.put('bench.leads', leadId, {
          ...lead,
          followUps: lead.followUps + 1,
          lastFollowUpAt: event.data.followedUpAt,
          position: event.position,
        });
      }
      case 'LeadQualified':
      case 'LeadSigned': {
        const lead = await readModels.get('bench.leads', leadId);
        if (!lead || lead.position >= event.position) return;
        const status = event.type === 'LeadQualified' ? 'qualified' : 'signed';
        await readModels.put('bench.leads', leadId, { ...lead, status, position: event.position });
        return bump(readModels, lead.parkId, status);
      }
      default:
        return undefined;
    }
  },
};

async function bump(readModels, parkId, status) {
  const funnel = (await readModels.get('bench.funnel', parkId)) ?? { parkId, registered: 0, qualified: 0, signed: 0 };
  await readModels.put('bench.funnel', parkId, { ...funnel, [status]: funnel[status] + 1 });
}

async function rebuildThroughAdapter(file) {
  const store = env.sqliteAdapter().createSqliteEventStore(file);
  const memory = env.memoryAdapter();
  const readModels = memory.createMemoryReadModelStore();
  const runner = env.kernel().createProjectionRunner(leadFunnel, { store, readModels, checkpoints: memory.createMemoryCheckpointStore() });
  const started = process.hrtime.bigint();
  const reached = await runner.rebuild();
  const milliseconds = since(started);
  const leads = (await readModels.list('bench.leads')).length;
  await store.close();
  return { events: reached, milliseconds, leads, ...env.memoryOf() };
}

async function rawScan(file) {
  const database = new (env.Database())(file, { readonly: true });
  const started = process.hrtime.bigint();
  let events = 0;
  let bytes = 0;
  for (const row of database
    .prepare(
      'SELECT position, event_id, stream_name, stream_revision, type, schema_version, data, metadata, recorded_at FROM events ORDER BY position',
    )
    .iterate()) {
    events += 1;
    bytes += row.data.length;
  }
  const milliseconds = since(started);
  database.close();
  return { events, milliseconds, bytes, ...env.memoryOf() };
}

async function run() {
  const target = env.sized(1_000_000, 2_000);
  const projects = Math.ceil(target / EVENTS_PER_PROJECT);
  const repetitions = Number(process.env.BENCH_CATCHUP_REPEAT ?? 1);
  const directory = env.temporaryDirectory('catchup');
  const file = join(directory, 'events.sqlite');
  try {
    const generationStarted = Date.now();
    const { count } = bulkInsert(file, projectHistory(projects, EVENTS_PER_PROJECT));
    env.log(`catch-up: generated ${count} events in ${((Date.now() - generationStarted) / 1000).toFixed(1)} s`);
    const throughput = metric('throughput', 'events/s', 'higher');
    const peak = metric('peak RSS', 'MiB', 'lower');
    for (let repetition = 0; repetition < repetitions; repetition += 1) {
      const measured = {};
      for (const side of repetition % 2 === 0 ? ['raw', 'ours'] : ['ours', 'raw']) {
        measured[side] = await forkMeasurement(__filename, ['--child', side, file]);
      }
      if (measured.ours.events !== count) throw new Error(`projection reached ${measured.ours.events}, expected ${count}`);
      for (const [side, values] of [
        ['ours', measured.ours],
        ['reference', measured.raw],
      ]) {
        throughput[side].push((values.events / values.milliseconds) * 1000);
        peak[side].push(values.peakRssMiB);
      }
      env.log(
        `catch-up #${repetition + 1}: projection ${Math.round(throughput.ours.at(-1))} ev/s peak ${Math.round(measured.ours.peakRssMiB)} MiB (${measured.ours.leads} leads); raw scan ${Math.round(throughput.reference.at(-1))} ev/s peak ${Math.round(measured.raw.peakRssMiB)} MiB`,
      );
    }
    return {
      workload: 'catchup',
      title: '3. Catch-up (projection rebuilt from zero)',
      cases: [
        {
          name: `rebuild a lead-funnel projection from ${count.toLocaleString('en')} events`,
          reference: 'raw scan',
          metrics: [throughput, peak],
        },
      ],
      notes: [
        `${projects.toLocaleString('en')} projects of ${EVENTS_PER_PROJECT} events in 7 streams each; the projection keeps one document per lead and counts per park in memory read models (the lead documents are part of its peak memory).`,
        `Repetitions: ${repetitions} (BENCH_CATCHUP_REPEAT); the raw scan iterates the rows without parsing them.`,
      ],
    };
  } finally {
    env.remove(directory);
  }
}

if (process.argv[2] === '--child') {
  const [, , , side, file] = process.argv;
  answer(() => (side === 'ours' ? rebuildThroughAdapter(file) : rawScan(file)));
} else {
  module.exports = { run };
}
