'use strict';
// Workload 9: the production engines.
//  - Appends on PostgreSQL beside SQLite: the same commands (single event, batch of 10, of 100), one durable
//    transaction each, through each adapter's appendToStream. PostgreSQL is a cluster of our own on this machine
//    (infra/postgres/cluster.js) with its default durability (fsync, synchronous_commit on); SQLite is WAL with
//    synchronous=FULL. Reference: SQLite.
//  - Catch-up on PostgreSQL beside SQLite: the same events in both logs, then a subscription reads the whole log
//    from position 0 in batches of 500 (the kernel's createSubscription). Reference: SQLite.
//  - Propagation across two service processes over a real Kafka broker: lead intake and contract signing as
//    `node dist/services/<name>/main.js` on PostgreSQL, Kafka (infra/kafka/broker.js) and Redis; from the 2xx of
//    POST /api/v1/leads/{id}/screenings (qualify) to the lead in contract signing's GET /api/v1/qualified-leads
//    (polled every 2 ms). Reference: the same on the one-process suite on its embedded bus.
const { join } = require('node:path');
const env = require('../lib/env');
const { idFactory, newEvents } = require('../lib/events');
const { latency, since } = require('../lib/stats');
const { metric, throughputCase, record } = require('../lib/result');
const { startService } = require('../lib/service');
const { startSuite } = require('../lib/suite');
const { propagationSamples, startRedis } = require('../lib/production');

const broker = () => require(join(env.root, 'infra/kafka/broker.js'));
const cluster = () => require(join(env.root, 'infra/postgres/cluster.js'));
const postgresAdapter = () => env.requireDist('libs/adapters/postgres/src');
const STREAMS = 50;

function withSchema(url, label) {
  const parsed = new URL(url);
  parsed.searchParams.set('schema', `bench_${label}_${process.pid}`);
  return parsed.toString();
}

async function timeAppends(store, commands) {
  const revisions = new Map();
  const durations = [];
  let events = 0;
  const started = process.hrtime.bigint();
  for (const { streamName, events: batch } of commands) {
    const one = process.hrtime.bigint();
    const result = await store.appendToStream(streamName, batch, { expectedRevision: revisions.get(streamName) ?? 'no_stream' });
    durations.push(since(one));
    revisions.set(streamName, result.nextExpectedRevision);
    events += batch.length;
  }
  return { throughput: (events / since(started)) * 1000, ...latency(durations) };
}

function commandsFor(batch, count) {
  const newId = idFactory();
  const streams = Array.from({ length: Math.min(STREAMS, count) }, () => `bench-${newId()}`);
  return Array.from({ length: count }, (_, index) => ({
    streamName: streams[index % streams.length],
    events: newEvents(newId, batch, { projectId: 'p-bench' }),
  }));
}

async function openStores(postgresUrl, label) {
  const directory = env.temporaryDirectory(`production-${label}`);
  const postgres = await postgresAdapter().openPostgresStores(withSchema(postgresUrl, label));
  const sqlite = env.sqliteAdapter().createSqliteEventStore(join(directory, 'events.sqlite'));
  return {
    postgres: postgres.store,
    sqlite,
    async close() {
      await postgres.database.pool.query(`DROP SCHEMA "${postgres.database.schema}" CASCADE`);
      await postgres.store.close();
      await sqlite.close();
      env.remove(directory);
    },
  };
}

async function appends(postgresUrl) {
  const cases = [];
  for (const [name, batch, full] of [
    ['single event', 1, 400],
    ['batch of 10', 10, 100],
    ['batch of 100', 100, 30],
  ]) {
    const count = env.sized(full, 5);
    const testCase = throughputCase(`append on PostgreSQL, ${name} (${count} commands)`, 'SQLite adapter');
    for (let repetition = 0; repetition < env.repetitions(); repetition += 1) {
      const stores = await openStores(postgresUrl, `append${batch}r${repetition}`);
      try {
        const commands = commandsFor(batch, count);
        const order = repetition % 2 === 0 ? ['postgres', 'sqlite'] : ['sqlite', 'postgres'];
        const measured = {};
        for (const system of order) measured[system] = await timeAppends(stores[system], commands);
        record(testCase, measured.postgres, measured.sqlite);
        env.log(
          `append ${name} #${repetition + 1}: PostgreSQL ${Math.round(measured.postgres.throughput)} ev/s, SQLite ${Math.round(measured.sqlite.throughput)} ev/s`,
        );
      } finally {
        await stores.close();
      }
    }
    cases.push(testCase);
  }
  return cases;
}

async function readWhole(store) {
  const kernel = env.kernel();
  const checkpoints = env.memoryAdapter().createMemoryCheckpointStore();
  let seen = 0;
  const subscription = kernel.createSubscription({
    name: 'bench',
    store,
    checkpoints,
    batchSize: 500,
    handle: async () => void (seen += 1),
  });
  const started = process.hrtime.bigint();
  await subscription.catchUp();
  return { seen, milliseconds: since(started) };
}

async function catchUp(postgresUrl) {
  const total = env.sized(100_000, 2_000);
  const testCase = {
    name: `catch-up from 0, ${total} events in batches of 500`,
    reference: 'SQLite adapter',
    metrics: [metric('throughput', 'events/s', 'higher')],
  };
  const stores = await openStores(postgresUrl, 'catchup');
  try {
    const commands = commandsFor(100, total / 100);
    for (const store of [stores.postgres, stores.sqlite]) await timeAppends(store, commands);
    for (let repetition = 0; repetition < env.repetitions(); repetition += 1) {
      const postgres = await readWhole(stores.postgres);
      const sqlite = await readWhole(stores.sqlite);
      if (postgres.seen !== total || sqlite.seen !== total) throw new Error(`catch-up saw ${postgres.seen} and ${sqlite.seen} of ${total}`);
      testCase.metrics[0].ours.push((total / postgres.milliseconds) * 1000);
      testCase.metrics[0].reference.push((total / sqlite.milliseconds) * 1000);
      env.log(
        `catch-up #${repetition + 1}: PostgreSQL ${Math.round(postgres.milliseconds)} ms, SQLite ${Math.round(sqlite.milliseconds)} ms for ${total} events`,
      );
    }
  } finally {
    await stores.close();
  }
  return testCase;
}

async function propagation(postgresUrl, notes) {
  const samples = env.sized(200, 20);
  const testCase = {
    name: `screening 2xx → lead in contract signing's read model (${samples} per run)`,
    reference: 'one-process suite, embedded bus',
    metrics: [metric('p50', 'ms', 'lower'), metric('p99', 'ms', 'lower')],
  };
  const reason = broker().unavailableReason();
  if (reason) {
    notes.push(`Propagation over Kafka not measured: ${reason}.`);
    return testCase;
  }
  const kafka = await broker().startBroker();
  const redis = await startRedis();
  if (!redis) notes.push('Propagation over Kafka: redis-server is not installed, the two services keep their read models in memory.');
  // One deployment for every repetition, as in production: the repetitions are consecutive rounds of samples.
  const environment = {
    IA_STORE: withSchema(postgresUrl, 'propagation'),
    IA_BUS: `kafka://${kafka.brokers.join(',')}`,
    IA_READ_MODELS: redis ? redis.url : 'memory',
    IA_RATE_LIMIT_PER_MINUTE: '1000000',
    KAFKAJS_NO_PARTITIONER_WARNING: '1',
  };
  const suiteFolder = env.temporaryDirectory('production-suite');
  const started = [];
  try {
    for (const name of ['lead-intake', 'contract-signing']) {
      started.push(await startService(join(env.dist, 'services', name, 'main.js'), { environment, label: name }));
    }
    started.push(await startSuite(suiteFolder));
    const [intake, signing, suite] = started;
    for (let repetition = 0; repetition < env.repetitions(); repetition += 1) {
      const ours = await propagationSamples(intake.port, signing.port, samples, `k${repetition}x`);
      const reference = await propagationSamples(suite.port, suite.port, samples, `e${repetition}x`);
      record(testCase, ours, reference);
      env.log(
        `propagation #${repetition + 1}: Kafka, two processes p50 ${ours.p50.toFixed(1)} ms p99 ${ours.p99.toFixed(1)} ms; embedded p50 ${reference.p50.toFixed(1)} ms p99 ${reference.p99.toFixed(1)} ms`,
      );
    }
    notes.push(
      `Propagation: Apache Kafka ${kafka.version} (one KRaft node from the released jars, on this machine), PostgreSQL and ${redis ? 'Redis' : 'memory read models'}; lead intake and contract signing each in its own process, started once for all repetitions.`,
    );
  } finally {
    await Promise.all(started.map((service) => service.stop()));
    env.remove(suiteFolder);
    redis?.stop();
    await kafka.close();
  }
  return testCase;
}

async function run() {
  const notes = [];
  const reason = cluster().unavailableReason();
  if (reason) return { workload: 'production', title: '9. Production engines', cases: [], notes: [`Not measured: ${reason}.`] };
  const postgres = await cluster().startCluster({ durable: true });
  try {
    const version = await postgresAdapter()
      .connectPostgres(postgres.url)
      .then(async (database) => {
        const row = (await database.pool.query('SHOW server_version')).rows[0];
        await database.close();
        return row.server_version;
      });
    notes.push(
      `PostgreSQL ${version}, a cluster of our own on this machine's disk with the default durability (fsync and synchronous_commit on); SQLite in WAL with synchronous=FULL on the same disk.`,
    );
    const cases = [...(await appends(postgres.url)), await catchUp(postgres.url), await propagation(postgres.url, notes)];
    return { workload: 'production', title: '9. Production engines', cases, notes };
  } finally {
    await postgres.close();
  }
}

module.exports = { run };
