'use strict';
// Where things are and how big to make them. Every workload requires the compiled dist/ (run
// `node tools/build.mjs` first) so that it measures exactly what `node dist/services/...` runs.
const { existsSync, mkdtempSync, rmSync, readFileSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join, resolve } = require('node:path');

const root = resolve(__dirname, '../../..');
// BENCH_DIST measures another build (e.g. a patched copy) with the same harness.
const dist = process.env.BENCH_DIST ? resolve(process.env.BENCH_DIST) : join(root, 'dist');

/** BENCH_SCALE multiplies every size (default 1 = full). 0.01 builds and checks the harness in seconds. */
function scale() {
  const raw = process.env.BENCH_SCALE ?? '1';
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0 || value > 10) throw new Error(`BENCH_SCALE: expected a number in (0, 10], got "${raw}"`);
  return value;
}

/** A size scaled by BENCH_SCALE, never below a floor that keeps percentiles meaningful. */
function sized(full, floor = 1) {
  return Math.max(floor, Math.round(full * scale()));
}

function repetitions() {
  const raw = process.env.BENCH_REPEAT ?? '3';
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1 || value > 20) throw new Error(`BENCH_REPEAT: expected 1..20, got "${raw}"`);
  return value;
}

function requireDist(relative) {
  const file = join(dist, relative);
  if (!existsSync(`${file}.js`) && !existsSync(join(file, 'index.js'))) {
    throw new Error(`${relative} is not built: run \`node tools/build.mjs\` first`);
  }
  return require(file);
}

const kernel = () => requireDist('libs/kernel/src');
const sqliteAdapter = () => requireDist('libs/adapters/sqlite/src');
const memoryAdapter = () => requireDist('libs/adapters/memory/src');
const platform = () => requireDist('libs/platform/src');
const sqliteSchema = () => requireDist('libs/adapters/sqlite/src/schema');
const Database = () => require(require.resolve('better-sqlite3', { paths: [root] }));

/**
 * Emmett's SQLite event store is an optional reference: it needs the native `sqlite3` package,
 * which builds from source here (several minutes). Found in BENCH_EMMETT_DIR (a folder with its
 * own node_modules), in test/bench/.emmett (`node test/bench/install-emmett.js`) or in the
 * workspace's node_modules; otherwise the reason it is missing.
 */
function emmett() {
  const places = [process.env.BENCH_EMMETT_DIR, join(__dirname, '..', '.emmett'), root].filter(Boolean);
  for (const place of places) {
    try {
      const path = require.resolve('@event-driven-io/emmett-sqlite', { paths: [place] });
      const module = require(path);
      const pkg = JSON.parse(readFileSync(join(path, '../../package.json'), 'utf8'));
      return { module, version: pkg.version };
    } catch (error) {
      if (error && error.code !== 'MODULE_NOT_FOUND') return { reason: `installed but does not load: ${error.message}` };
    }
  }
  return { reason: 'not installed (`node test/bench/install-emmett.js` installs it; its sqlite3 builds from source)' };
}

function temporaryDirectory(label) {
  const base = process.env.BENCH_TMP || tmpdir();
  return mkdtempSync(join(base, `ia-bench-${label}-`));
}

function remove(path) {
  rmSync(path, { recursive: true, force: true });
}

function log(message) {
  if (process.env.BENCH_QUIET !== '1') process.stderr.write(`  ${message}\n`);
}

/** Peak and current resident memory of a process, in MiB, from /proc (Linux). */
function memoryOf(pid = process.pid) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const field = (name) => {
      const match = new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status);
      return match ? Number(match[1]) / 1024 : NaN;
    };
    return { rssMiB: field('VmRSS'), peakRssMiB: field('VmHWM') };
  } catch {
    const rss = process.memoryUsage().rss / 1048576;
    return { rssMiB: rss, peakRssMiB: NaN };
  }
}

module.exports = {
  root,
  dist,
  scale,
  sized,
  repetitions,
  requireDist,
  kernel,
  sqliteAdapter,
  memoryAdapter,
  platform,
  sqliteSchema,
  Database,
  emmett,
  temporaryDirectory,
  remove,
  log,
  memoryOf,
};
