'use strict';
// Workload 1: durable appends with an expected revision, one command = one transaction, of 1, 10
// and 100 events. Ours: the SQLite adapter's appendToStream (and, for single events, the kernel's
// whole command handler: load, fold, decide, append). References: raw better-sqlite3 inserts of the
// same rows into the same schema with the same durability (WAL, synchronous=FULL, BEGIN IMMEDIATE),
// the ceiling on this disk; and Emmett's SQLite event store doing the same appends, when installed.
const { join } = require('node:path');
const env = require('../lib/env');
const { idFactory, newEvents } = require('../lib/events');
const { latency, since } = require('../lib/stats');
const { throughputCase, record } = require('../lib/result');

const STREAMS = 50;

function plan() {
  return [
    { name: 'single event', batch: 1, commands: env.sized(400, 20) },
    { name: 'batch of 10', batch: 10, commands: env.sized(100, 10) },
    { name: 'batch of 100', batch: 100, commands: env.sized(30, 5) },
  ];
}

/** The commands of one run: which stream, which events; the same for every system. */
function commandsFor(size) {
  const newId = idFactory();
  const streams = Array.from({ length: Math.min(STREAMS, size.commands) }, () => `bench-${newId()}`);
  return Array.from({ length: size.commands }, (_, index) => ({
    streamName: streams[index % streams.length],
    events: newEvents(newId, size.batch, { projectId: 'p-bench' }),
  }));
}

async function timeCommands(commands, execute) {
  const durations = [];
  let events = 0;
  const started = process.hrtime.bigint();
  for (const command of commands) {
    const one = process.hrtime.bigint();
    await execute(command);
    durations.push(since(one));
    events += command.events.length;
  }
  const elapsed = since(started);
  return { throughput: (events / elapsed) * 1000, ...latency(durations) };
}

async function ours(file, commands) {
  const store = env.sqliteAdapter().createSqliteEventStore(file);
  const revisions = new Map();
  try {
    return await timeCommands(commands, async ({ streamName, events }) => {
      const expected = revisions.has(streamName) ? revisions.get(streamName) : 'no_stream';
      const result = await store.appendToStream(streamName, events, { expectedRevision: expected });
      revisions.set(streamName, result.nextExpectedRevision);
    });
  } finally {
    await store.close();
  }
}

/** The kernel's command handler on the adapter: read the stream, fold, decide, append. */
async function commandHandler(file, commands) {
  const kernel = env.kernel();
  const store = env.sqliteAdapter().createSqliteEventStore(file);
  const idempotency = env.memoryAdapter().createMemoryIdempotencyStore();
  const aggregate = {
    decider: {
      initialState: { followUps: 0 },
      decide: (command) => command.events.map((event) => ({ type: event.type, data: event.data })),
      evolve: (state) => ({ followUps: state.followUps + 1 }),
    },
    correlate: () => ({ projectId: 'p-bench' }),
  };
  const ids = idFactory();
  const handle = kernel.createCommandHandler({ store, idempotency, newEventId: ids }, aggregate);
  const context = { actor: { id: 'bench', role: 'promoter' }, occurredAt: '2026-03-02T02:00:00.000Z', correlationId: ids() };
  try {
    return await timeCommands(commands, (command) => handle(command.streamName, command, context));
  } finally {
    await store.close();
  }
}

/** Raw better-sqlite3: the same rows (sealed and serialised beforehand), same schema, same pragmas. */
async function raw(file, commands) {
  const kernel = env.kernel();
  const database = env.sqliteSchema().openDatabase(env.Database(), file);
  const insert = database.prepare(
    `INSERT INTO events (event_id, stream_name, stream_revision, type, schema_version, data, metadata, recorded_at, project_id, lead_id)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const revisions = new Map();
  const prepared = commands.map(({ streamName, events }) => {
    const first = revisions.get(streamName) ?? 0;
    revisions.set(streamName, first + events.length);
    const sealed = kernel.sealEvents(streamName, first, kernel.GENESIS_HASH, new Date().toISOString(), events);
    const rows = sealed.map((event) => [
      event.eventId,
      streamName,
      event.revision,
      event.type,
      event.schemaVersion,
      JSON.stringify(event.data),
      JSON.stringify(event.metadata),
      event.recordedAt,
      event.metadata.projectId ?? null,
      null,
    ]);
    return { events, rows };
  });
  const transaction = database.transaction((rows) => {
    for (const row of rows) insert.run(row);
  });
  try {
    return await timeCommands(prepared, async ({ rows }) => transaction.immediate(rows));
  } finally {
    database.close();
  }
}

async function emmett(module, file, commands) {
  const store = module.getSQLiteEventStore({ fileName: file });
  const versions = new Map();
  // Emmett logs a failed transaction with console.log before it rethrows: keep it out of the report.
  const log = console.log;
  console.log = () => undefined;
  try {
    return await appendWithEmmett(store, versions, commands);
  } finally {
    console.log = log;
  }
}

function appendWithEmmett(store, versions, commands) {
  return timeCommands(commands, async ({ streamName, events }) => {
    const version = versions.get(streamName) ?? 0n;
    const result = await store.appendToStream(
      streamName,
      events.map((event) => ({ type: event.type, data: event.data, metadata: event.metadata })),
      { expectedStreamVersion: version },
    );
    versions.set(streamName, result.nextExpectedStreamVersion);
  });
}

async function run() {
  const emmettReference = env.emmett();
  const notes = [];
  if (!emmettReference.module) notes.push(`Emmett SQLite reference not measured: ${emmettReference.reason}.`);
  else
    notes.push(
      `Emmett reference: @event-driven-io/emmett-sqlite ${emmettReference.version} (node-sqlite3, WAL, synchronous=FULL by default, BEGIN IMMEDIATE; it opens the file for every call).`,
    );
  const cases = [];
  for (const size of plan()) {
    const versusRaw = throughputCase(`append, ${size.name} (${size.commands} commands)`, 'raw better-sqlite3');
    const versusEmmett = throughputCase(`append, ${size.name} (${size.commands} commands)`, 'Emmett SQLite');
    const handler =
      size.batch === 1
        ? throughputCase(`command handler (load+fold+decide+append), single event (${size.commands} commands)`, 'raw better-sqlite3')
        : undefined;
    for (let repetition = 0; repetition < env.repetitions(); repetition += 1) {
      const directory = env.temporaryDirectory('append');
      try {
        const commands = commandsFor(size);
        // Rotate the order so that a noisy neighbour's burst does not always hit the same system.
        const systems = [
          ['ours', () => ours(join(directory, 'ours.sqlite'), commands)],
          ['raw', () => raw(join(directory, 'raw.sqlite'), commands)],
          ...(emmettReference.module ? [['emmett', () => emmett(emmettReference.module, join(directory, 'emmett.sqlite'), commands)]] : []),
          ...(handler ? [['handler', () => commandHandler(join(directory, 'handler.sqlite'), commandsFor(size))]] : []),
        ];
        const measured = {};
        for (let index = 0; index < systems.length; index += 1) {
          const [name, measure] = systems[(index + repetition) % systems.length];
          try {
            measured[name] = await measure();
          } catch (error) {
            // The reference may fail on its own; ours and raw failing is a real failure of the workload.
            if (name !== 'emmett') throw error;
            notes.push(`Emmett failed in repetition ${repetition + 1} of "${size.name}" (left out of that repetition): ${error.message}.`);
          }
        }
        record(versusRaw, measured.ours, measured.raw);
        record(versusEmmett, measured.ours, measured.emmett);
        if (handler) record(handler, measured.handler, measured.raw);
        env.log(
          `append ${size.name} #${repetition + 1}: ours ${Math.round(measured.ours.throughput)} ev/s, raw ${Math.round(measured.raw.throughput)}` +
            (measured.emmett ? `, emmett ${Math.round(measured.emmett.throughput)}` : ''),
        );
      } finally {
        env.remove(directory);
      }
    }
    cases.push(versusRaw);
    if (emmettReference.module) cases.push(versusEmmett);
    if (handler) cases.push(handler);
  }
  return { workload: 'append', title: '1. Append (durable, expected revision)', cases, notes };
}

module.exports = { run };
