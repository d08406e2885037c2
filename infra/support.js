// What the Kafka and PostgreSQL scripts share: a cache folder outside the repository, free ports, and a
// record of every engine they started, so that one left behind by a killed test run is stopped next time.
'use strict';
const { spawn, spawnSync } = require('node:child_process');
const { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } = require('node:fs');
const { createServer } = require('node:net');
const { homedir } = require('node:os');
const { join } = require('node:path');

/** Where downloaded jars and developer data live: kept between runs, never inside the clone. */
function cacheRoot() {
  const base = process.env.IA_ENGINES_CACHE || join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'ia-suite');
  mkdirSync(base, { recursive: true });
  return base;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
}

/** Whether the process is still the one we started (a pid can be reused): Linux only, else assume not. */
function commandLineContains(pid, marker) {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(marker);
  } catch {
    return false;
  }
}

function hasCommand(command, args = ['--version']) {
  const result = spawnSync(command, args, { stdio: 'ignore' });
  return result.error === undefined && result.status === 0;
}

/** Runs a program to its end; rejects with the tail of its output when it fails. */
function run(command, args, options = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], ...options });
    let output = '';
    const keep = (chunk) => (output = (output + chunk.toString()).slice(-4000));
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.once('error', reject);
    child.once('exit', (code, signal) =>
      code === 0 ? resolve(output) : reject(new Error(`${command} ${args.join(' ')} failed (${signal ?? code}): ${output.trim()}`)),
    );
  });
}

const sleep = (milliseconds) => new Promise((resolve) => setTimeout(resolve, milliseconds));

async function waitUntil(check, { timeoutMilliseconds, what, stillRunning = () => true, explain = () => '' }) {
  const deadline = Date.now() + timeoutMilliseconds;
  let lastError;
  while (Date.now() < deadline) {
    if (!stillRunning()) throw new Error(`${what} stopped while starting. ${explain()}`);
    try {
      if (await check()) return;
    } catch (error) {
      lastError = error;
    }
    await sleep(250);
  }
  throw new Error(
    `${what} did not answer within ${timeoutMilliseconds / 1000} s${lastError ? ` (${lastError.message})` : ''}. ${explain()}`,
  );
}

async function stopProcess(pid, { timeoutMilliseconds = 15_000, signal = 'SIGTERM' } = {}) {
  if (!isAlive(pid)) return;
  try {
    process.kill(pid, 'SIGCONT');
    process.kill(pid, signal);
  } catch {
    return;
  }
  const deadline = Date.now() + timeoutMilliseconds;
  while (isAlive(pid) && Date.now() < deadline) await sleep(100);
  if (isAlive(pid)) process.kill(pid, 'SIGKILL');
  while (isAlive(pid)) await sleep(50);
}

const runningFolder = () => join(cacheRoot(), 'running');

/** Notes an engine started for a run; `sweepAbandoned` stops it should its owner die without stopping it. */
function recordRunning({ kind, pid, owner = process.pid, folder, marker, signal = 'SIGTERM' }) {
  mkdirSync(runningFolder(), { recursive: true });
  writeFileSync(join(runningFolder(), `${kind}-${pid}.json`), JSON.stringify({ kind, pid, owner, folder, marker, signal }));
}

function forgetRunning(kind, pid) {
  rmSync(join(runningFolder(), `${kind}-${pid}.json`), { force: true });
}

async function sweepAbandoned() {
  if (!existsSync(runningFolder())) return;
  for (const name of readdirSync(runningFolder())) {
    const path = join(runningFolder(), name);
    let record;
    try {
      record = JSON.parse(readFileSync(path, 'utf8'));
    } catch {
      rmSync(path, { force: true });
      continue;
    }
    if (isAlive(record.owner)) continue;
    if (isAlive(record.pid) && commandLineContains(record.pid, record.marker)) await stopProcess(record.pid, { signal: record.signal });
    if (record.folder) rmSync(record.folder, { recursive: true, force: true });
    rmSync(path, { force: true });
  }
}

module.exports = {
  cacheRoot,
  freePort,
  isAlive,
  hasCommand,
  run,
  sleep,
  waitUntil,
  stopProcess,
  recordRunning,
  forgetRunning,
  sweepAbandoned,
};
