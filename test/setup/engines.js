// Starts the production engines the selected suites need, once per run: one Kafka broker and one PostgreSQL
// cluster, shared by every suite (each suite uses topics and schemas of its own). Where an engine cannot run
// here its suites skip, and IA_<ENGINE>_UNAVAILABLE says why. IA_KAFKA_BROKERS or IA_POSTGRES_URL set
// beforehand (CI starts its own) are used as they are; IA_REQUIRE_ENGINES=kafka,postgres turns a skip into a failure.
'use strict';
const { spawnSync } = require('node:child_process');
const { readdirSync, readFileSync } = require('node:fs');
const { join, relative } = require('node:path');

const root = join(__dirname, '..', '..');
const ENGINES = [
  {
    name: 'kafka',
    marker: 'describeWithKafka(',
    variable: 'IA_KAFKA_BROKERS',
    script: () => require('../../infra/kafka/broker'),
    start: async (script) => {
      const broker = await script.startBroker();
      return { value: broker.brokers.join(','), close: () => broker.close(), what: `Kafka ${broker.version} at ${broker.brokers[0]}` };
    },
  },
  {
    name: 'postgres',
    marker: 'describeWithPostgres(',
    variable: 'IA_POSTGRES_URL',
    script: () => require('../../infra/postgres/cluster'),
    start: async (script) => {
      const cluster = await script.startCluster();
      return { value: cluster.url, close: () => cluster.close(), what: `PostgreSQL at 127.0.0.1:${cluster.port}` };
    },
  },
];

function specFiles(folder) {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    if (entry.name === 'node_modules' || entry.name === 'dist' || entry.name.startsWith('.')) return [];
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return specFiles(path);
    return entry.name.endsWith('.spec.ts') ? [path] : [];
  });
}

/** The sources of the selected suites: a run of one domain spec starts no JVM. */
function selectedSources(globalConfig) {
  const patterns = globalConfig?.testPathPatterns?.patterns ?? [];
  const selected = (path) => patterns.length === 0 || patterns.some((pattern) => new RegExp(pattern, 'i').test(relative(root, path)));
  const files = ['libs', 'services', 'test'].flatMap((folder) => specFiles(join(root, folder))).filter(selected);
  return files.map((path) => readFileSync(path, 'utf8'));
}

/** Suites that start services as `node dist/services/<name>/main.js` need dist/ built once, before any runs. */
function buildServices(sources, log) {
  if (!sources.some((source) => source.includes('ServiceDeployment.start(') || source.includes('startServiceProcess('))) return;
  const built = spawnSync(process.execPath, [join(root, 'tools', 'build.mjs'), '--quiet'], { cwd: root, encoding: 'utf8' });
  if (built.status !== 0) throw new Error(`npm run build failed: ${built.stderr || built.stdout}`);
  log('[engines] dist/ built for the suites that run services as processes');
}

async function startEngines(globalConfig, log = (line) => process.stdout.write(`${line}\n`)) {
  const required = (process.env.IA_REQUIRE_ENGINES ?? '').split(',').filter(Boolean);
  const closers = [];
  const sources = selectedSources(globalConfig);
  buildServices(sources, log);
  await Promise.all(
    ENGINES.filter((engine) => sources.some((source) => source.includes(engine.marker))).map(async (engine) => {
      if (process.env[engine.variable]) return;
      const script = engine.script();
      const started = Date.now();
      try {
        const reason = script.unavailableReason();
        if (reason) throw new Error(reason);
        const running = await engine.start(script);
        process.env[engine.variable] = running.value;
        closers.push(running.close);
        log(`[engines] ${running.what} started in ${((Date.now() - started) / 1000).toFixed(1)} s for this run`);
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        process.env[`IA_${engine.name.toUpperCase()}_UNAVAILABLE`] = reason;
        if (required.includes(engine.name))
          throw new Error(`${engine.name} is required (IA_REQUIRE_ENGINES) but could not start: ${reason}`);
      }
    }),
  );
  return async () => {
    await Promise.all(closers.map((close) => close().catch(() => undefined)));
  };
}

module.exports = { startEngines };
