#!/usr/bin/env node
// A PostgreSQL cluster of the project's own, in a folder of its own, on a port of its own: the tests start one
// per run; a developer starts one by hand. Never the system's service, never a fixed port in tests.
//   npm run postgres -- start [--port 5433] [--data <folder>]    prints the IA_STORE to use
//   npm run postgres -- status | stop [--data <folder>]
'use strict';
const { spawnSync } = require('node:child_process');
const { chownSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { delimiter, join } = require('node:path');
const support = require('../support');

const READY_TIMEOUT = 60_000;

/** The folder holding initdb and pg_ctl: IA_POSTGRES_BIN, pg_config, the PATH, or Debian's versioned folders. */
function binaries() {
  const has = (folder) => folder && existsSync(join(folder, 'initdb')) && existsSync(join(folder, 'pg_ctl'));
  if (has(process.env.IA_POSTGRES_BIN)) return process.env.IA_POSTGRES_BIN;
  const config = spawnSync('pg_config', ['--bindir'], { encoding: 'utf8' });
  if (config.status === 0 && has(config.stdout.trim())) return config.stdout.trim();
  const onPath = (process.env.PATH ?? '').split(delimiter).find(has);
  if (onPath) return onPath;
  const debian = '/usr/lib/postgresql';
  const versions = existsSync(debian) ? readdirSync(debian).filter((name) => /^\d+$/.test(name)) : [];
  return versions
    .sort((left, right) => Number(right) - Number(left))
    .map((version) => join(debian, version, 'bin'))
    .find(has);
}

function unavailableReason() {
  if (!binaries()) return 'no PostgreSQL server binaries (initdb, pg_ctl) found';
  if (isRoot() && !postgresUser()) return 'running as root and there is no postgres user to run the server as';
  return undefined;
}

const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0;

/** PostgreSQL refuses to run as root: as root, the cluster runs as the postgres user. */
function postgresUser() {
  const id = (flag) => spawnSync('id', [flag, 'postgres'], { encoding: 'utf8' });
  const uid = id('-u');
  const gid = id('-g');
  return uid.status === 0 && gid.status === 0 ? { uid: Number(uid.stdout), gid: Number(gid.stdout) } : undefined;
}

function asServerUser(program, args) {
  return isRoot() ? ['runuser', ['-u', 'postgres', '--', program, ...args]] : [program, args];
}

async function pg(program, args) {
  const [command, commandArgs] = asServerUser(join(binaries(), program), args);
  return support.run(command, commandArgs);
}

const urlOf = (port) => `postgres://postgres@127.0.0.1:${port}/postgres`;

function settings({ port, folder, durable }) {
  const relaxed = durable ? [] : ['-c fsync=off', '-c synchronous_commit=off', '-c full_page_writes=off'];
  return [`-p ${port}`, `-k ${folder}`, '-c listen_addresses=127.0.0.1', '-c max_connections=300', ...relaxed].join(' ');
}

/**
 * Starts a cluster in `folder` (created with initdb the first time) and waits until it accepts connections.
 * Tests run it without fsync (their data is thrown away); `durable: true` keeps PostgreSQL's defaults, as the
 * benchmarks and a developer's cluster do.
 */
async function startCluster(options = {}) {
  if (!options.detached) await support.sweepAbandoned();
  const reason = unavailableReason();
  if (reason) throw new Error(`Cannot run PostgreSQL here: ${reason}`);
  const folder = options.folder ?? mkdtempSync(join(tmpdir(), 'ia-postgres-'));
  mkdirSync(folder, { recursive: true });
  const user = isRoot() ? postgresUser() : undefined;
  if (user) chownSync(folder, user.uid, user.gid);
  const data = join(folder, 'data');
  const statePath = join(folder, 'cluster.json');
  let state = existsSync(statePath) ? JSON.parse(readFileSync(statePath, 'utf8')) : undefined;
  if (!state) {
    await pg('initdb', ['-D', data, '-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--locale=C', '--no-sync']);
    state = { port: options.port || (await support.freePort()), durable: Boolean(options.durable) };
    writeFileSync(statePath, JSON.stringify(state));
  }
  const logFile = join(folder, 'postgres.log');
  const start = async () => {
    await pg('pg_ctl', [
      '-D',
      data,
      '-l',
      logFile,
      '-w',
      '-t',
      String(READY_TIMEOUT / 1000),
      '-o',
      settings({ ...state, folder }),
      'start',
    ]);
    const pid = Number(readFileSync(join(data, 'postmaster.pid'), 'utf8').split('\n')[0]);
    if (!options.detached)
      support.recordRunning({ kind: 'postgres', pid, folder: options.folder ? undefined : folder, marker: data, signal: 'SIGINT' });
    return pid;
  };
  let pid = await start();
  const stop = async () => {
    await pg('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop']).catch(() => support.stopProcess(pid, { signal: 'SIGINT' }));
    support.forgetRunning('postgres', pid);
  };
  return {
    url: urlOf(state.port),
    port: state.port,
    folder,
    pid: () => pid,
    stop,
    async restart() {
      pid = await start();
    },
    async close() {
      await stop();
      if (!options.folder) rmSync(folder, { recursive: true, force: true });
    },
  };
}

async function main([command = 'status', ...rest]) {
  const flag = (name) => {
    const index = rest.indexOf(`--${name}`);
    return index >= 0 ? rest[index + 1] : undefined;
  };
  // As root the server user must reach the folder, which a home folder does not allow.
  const folder = flag('data') ?? join(isRoot() ? tmpdir() : support.cacheRoot(), 'ia-suite-postgres-developer');
  const data = join(folder, 'data');
  const state = existsSync(join(folder, 'cluster.json')) ? JSON.parse(readFileSync(join(folder, 'cluster.json'), 'utf8')) : undefined;
  const running = () =>
    existsSync(join(data, 'postmaster.pid')) && support.isAlive(Number(readFileSync(join(data, 'postmaster.pid'), 'utf8').split('\n')[0]));
  switch (command) {
    case 'start': {
      if (running()) return console.log(`PostgreSQL already running: IA_STORE=${urlOf(state.port)}`);
      const cluster = await startCluster({
        folder,
        port: Number(flag('port') ?? process.env.PGPORT ?? 5433),
        durable: true,
        detached: true,
      });
      console.log(`PostgreSQL on 127.0.0.1:${cluster.port} (data in ${folder})`);
      console.log(`IA_STORE=${cluster.url}`);
      return;
    }
    case 'stop':
      if (!running()) return console.log('PostgreSQL is not running');
      await pg('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop']);
      return console.log('PostgreSQL stopped');
    case 'status':
      if (!running()) {
        process.exitCode = 3;
        return console.log('PostgreSQL is not running');
      }
      return console.log(`PostgreSQL running: IA_STORE=${urlOf(state.port)}`);
    default:
      throw new Error(`unknown command ${command}: expected start, stop or status`);
  }
}

module.exports = { startCluster, unavailableReason, binaries };

if (require.main === module) {
  main(process.argv.slice(2)).catch((error) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  });
}
