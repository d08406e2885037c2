'use strict';
// `npm run bench`: runs every workload in its own process, then writes
// test/bench/results/<date>.json and <date>.md and prints the Markdown table. Benchmarks measure
// and report; they never fail on a time. See docs/benchmarks.md.
//   BENCH_SCALE=0.05    every size times 0.05 (default 1, full)
//   BENCH_REPEAT=3      repetitions of the short workloads
//   BENCH_ONLY=append,read   run some workloads only
//   BENCH_MEMORY_SCALE=0.1   scale the memory workload alone (its 2M-event boot takes minutes)
//   BENCH_EMMETT_DIR=/path   where @event-driven-io/emmett-sqlite is installed, if not in node_modules
const { existsSync, mkdirSync, readFileSync, writeFileSync } = require('node:fs');
const os = require('node:os');
const { basename, join } = require('node:path');
const env = require('./lib/env');
const { forkMeasurement } = require('./lib/child');
const { summarise, markdown } = require('./lib/report');

const WORKLOADS = ['append', 'read', 'catchup', 'http', 'propagation', 'memory', 'lists', 'observability', 'production', 'console'];
const DOCS = join(env.root, 'docs/benchmarks.md');
const START = '<!-- bench:results:start -->';
const END = '<!-- bench:results:end -->';

function machine() {
  const Database = env.Database();
  const database = new Database(':memory:');
  const sqlite = database.prepare('SELECT sqlite_version() AS version').get().version;
  database.close();
  const cpus = os.cpus();
  return {
    cpus: cpus.length,
    cpuModel: cpus[0] ? cpus[0].model.trim() : 'unknown',
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    platform: os.platform(),
    release: os.release(),
    node: process.versions.node,
    dist: env.dist,
    sqlite,
    scale: env.scale(),
    repetitions: env.repetitions(),
    memoryScale: process.env.BENCH_MEMORY_SCALE === undefined ? env.scale() : Number(process.env.BENCH_MEMORY_SCALE),
    loadAtStart: os.loadavg(),
  };
}

/** Replaces the results section of docs/benchmarks.md, formatted as `prettier --check` expects. */
async function updateDocs(text) {
  const docs = readFileSync(DOCS, 'utf8');
  const from = docs.indexOf(START);
  const to = docs.indexOf(END);
  if (from < 0 || to < from) return;
  let updated = `${docs.slice(0, from + START.length)}\n${text}\n${docs.slice(to)}`;
  try {
    const prettier = require(require.resolve('prettier', { paths: [env.root] }));
    updated = await prettier.format(updated, { ...(await prettier.resolveConfig(DOCS)), filepath: DOCS });
  } catch (error) {
    process.stderr.write(`docs/benchmarks.md left unformatted: ${error.message}\n`);
  }
  writeFileSync(DOCS, updated);
}

async function main() {
  if (!existsSync(join(env.dist, 'services/suite/main.js'))) {
    process.stderr.write('dist/ is missing: run `node tools/build.mjs` first (npm run bench does).\n');
    process.exit(2);
  }
  const only = (process.env.BENCH_ONLY ?? '')
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean);
  const unknown = only.filter((name) => !WORKLOADS.includes(name));
  if (unknown.length > 0) throw new Error(`BENCH_ONLY: unknown workload ${unknown.join(', ')}; known: ${WORKLOADS.join(', ')}`);
  const selected = only.length > 0 ? only : WORKLOADS;
  const startedAt = new Date().toISOString();
  const started = Date.now();
  const host = machine();
  process.stderr.write(`Benchmarks: ${selected.join(', ')} at BENCH_SCALE=${host.scale}, ${host.repetitions} repetitions\n`);
  const workloads = [];
  for (const name of selected) {
    process.stderr.write(`${name}…\n`);
    const before = os.loadavg()[0];
    try {
      const result = await forkMeasurement(join(__dirname, 'lib/worker.js'), [name], { timeoutMilliseconds: 20 * 60_000 });
      workloads.push({ ...result, load: { before, after: os.loadavg()[0] } });
    } catch (error) {
      process.stderr.write(`${name} failed: ${error.message}\n`);
      workloads.push({ workload: name, title: name, cases: [], error: error.message, notes: [] });
    }
  }
  const result = {
    startedAt,
    totalSeconds: (Date.now() - started) / 1000,
    machine: { ...host, loadAtEnd: os.loadavg() },
    workloads: summarise(workloads),
  };
  const text = markdown(result);
  const folder = join(__dirname, 'results');
  mkdirSync(folder, { recursive: true });
  const other = process.env.BENCH_DIST ? `-${basename(env.dist)}` : '';
  const stem = `${startedAt.slice(0, 10)}${host.scale === 1 ? '' : `-scale${host.scale}`}${only.length > 0 ? `-${selected.join('+')}` : ''}${other}`;
  // Results are committed: paths of the machine that ran them are written relative to the workspace.
  const portable = (value) => value.split(env.root).join('.');
  writeFileSync(join(folder, `${stem}.json`), `${portable(JSON.stringify(result, null, 2))}\n`);
  writeFileSync(join(folder, `${stem}.md`), portable(text));
  const complete = host.scale === 1 && only.length === 0 && !process.env.BENCH_DIST;
  if ((complete || process.env.BENCH_UPDATE_DOCS === '1') && existsSync(DOCS)) await updateDocs(text);
  process.stdout.write(`${text}\nWritten: test/bench/results/${stem}.json and .md${complete ? ', docs/benchmarks.md' : ''}\n`);
}

main().catch((error) => {
  process.stderr.write(`${error.stack ?? error}\n`);
  process.exit(1);
});
