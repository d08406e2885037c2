'use strict';
// Workload 2: load and fold. One stream of 1,000 and one of 10,000 events (readStream + fold, what
// every command does before it decides), and a project's history across services: ~1,000 events
// correlated to one project in six streams, among other projects' events (readCorrelated + fold,
// what project-history does). Reference: the raw SELECT of the same rows, unparsed.
const { join } = require('node:path');
const env = require('../lib/env');
const { idFactory, newEvents } = require('../lib/events');
const { latency, since } = require('../lib/stats');
const { throughputCase, record } = require('../lib/result');

const CATEGORIES = ['lead', 'agreement', 'approval', 'parcel', 'construction', 'commissioning'];
const COLUMNS = 'position, event_id, stream_name, stream_revision, type, schema_version, data, metadata, recorded_at';

/** A small, real fold: what a decider's evolve does with follow-ups. */
function fold(events) {
  let state = { count: 0, lastRevision: -1, summaries: 0, channels: new Set() };
  for (const event of events) {
    state = {
      count: state.count + 1,
      lastRevision: event.revision,
      summaries: state.summaries + (event.data.summary ? event.data.summary.length : 0),
      channels: state.channels.add(event.data.channel),
    };
  }
  return state;
}

async function appendInBatches(store, streamName, events, batch = 500) {
  let expected = 'no_stream';
  for (let index = 0; index < events.length; index += batch) {
    const result = await store.appendToStream(streamName, events.slice(index, index + batch), { expectedRevision: expected });
    expected = result.nextExpectedRevision;
  }
}

async function seed(store, sizes) {
  const newId = idFactory();
  const small = `lead-${newId()}`;
  const large = `lead-${newId()}`;
  await appendInBatches(store, small, newEvents(newId, sizes.small));
  await appendInBatches(store, large, newEvents(newId, sizes.large));
  // Ten projects whose streams are written in turns, as services would: the measured one is the fifth.
  let measured;
  for (let project = 0; project < 10; project += 1) {
    const projectId = newId();
    if (project === 4) measured = projectId;
    const streams = CATEGORIES.map((category) => ({ name: `${category}-${newId()}`, revision: 'no_stream' }));
    const perStream = Math.ceil(sizes.correlated / streams.length);
    for (let written = 0; written < perStream; written += 25) {
      for (const stream of streams) {
        const events = newEvents(newId, Math.min(25, perStream - written), { projectId, leadId: projectId });
        const result = await store.appendToStream(stream.name, events, { expectedRevision: stream.revision });
        stream.revision = result.nextExpectedRevision;
      }
    }
  }
  return { small, large, project: measured };
}

async function measure(loads, load) {
  const durations = [];
  let events = 0;
  const started = process.hrtime.bigint();
  for (let index = 0; index < loads; index += 1) {
    const one = process.hrtime.bigint();
    events += await load();
    durations.push(since(one));
  }
  return { throughput: (events / since(started)) * 1000, ...latency(durations) };
}

async function run() {
  const sizes = { small: env.sized(1_000, 50), large: env.sized(10_000, 100), correlated: env.sized(1_000, 60) };
  const directory = env.temporaryDirectory('read');
  const file = join(directory, 'events.sqlite');
  const store = env.sqliteAdapter().createSqliteEventStore(file);
  const rawDatabase = new (env.Database())(file, { readonly: true });
  const rawStream = rawDatabase.prepare(
    `SELECT ${COLUMNS} FROM events WHERE stream_name = ? AND stream_revision >= 0 ORDER BY stream_revision`,
  );
  const rawProject = rawDatabase.prepare(`SELECT ${COLUMNS} FROM events WHERE project_id = ? AND position > 0 ORDER BY position`);
  try {
    const seeded = await seed(store, sizes);
    const workloads = [
      {
        testCase: throughputCase(`readStream + fold, ${sizes.small} events`, 'raw SELECT'),
        loads: env.sized(100, 10),
        ours: async () => fold(await store.readStream(seeded.small)).count,
        raw: async () => rawStream.all(seeded.small).length,
      },
      {
        testCase: throughputCase(`readStream + fold, ${sizes.large} events`, 'raw SELECT'),
        loads: env.sized(20, 5),
        ours: async () => fold(await store.readStream(seeded.large)).count,
        raw: async () => rawStream.all(seeded.large).length,
      },
      {
        testCase: throughputCase(`readCorrelated + fold, project of ~${sizes.correlated} events in 6 streams`, 'raw SELECT'),
        loads: env.sized(100, 10),
        ours: async () => fold(await store.readCorrelated({ projectId: seeded.project })).count,
        raw: async () => rawProject.all(seeded.project).length,
      },
    ];
    for (const workload of workloads) {
      for (let repetition = 0; repetition < env.repetitions(); repetition += 1) {
        const pair = repetition % 2 === 0 ? ['ours', 'raw'] : ['raw', 'ours'];
        const measured = {};
        for (const name of pair) measured[name] = await measure(workload.loads, workload[name]);
        record(workload.testCase, measured.ours, measured.raw);
        env.log(
          `${workload.testCase.name} #${repetition + 1}: ours p50 ${measured.ours.p50.toFixed(2)} ms, raw ${measured.raw.p50.toFixed(2)} ms`,
        );
      }
    }
    return {
      workload: 'read',
      title: '2. Read and fold',
      cases: workloads.map((workload) => workload.testCase),
      notes: ['Ours parses data and metadata JSON into envelopes and folds them; the raw SELECT returns the same rows unparsed.'],
    };
  } finally {
    rawDatabase.close();
    await store.close();
    env.remove(directory);
  }
}

module.exports = { run };
