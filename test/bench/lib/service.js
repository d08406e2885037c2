'use strict';
// Starts a service as a real process (`node dist/services/suite/main.js` or a bench app), waits for
// its health endpoint, reads its resident memory from /proc, and stops it by its own pid.
const { spawn } = require('node:child_process');
const net = require('node:net');
const { call } = require('./http-load');
const env = require('./env');

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function startService(file, { environment = {}, healthPath = '/health', timeoutMilliseconds = 120_000, label = file } = {}) {
  const port = await freePort();
  const child = spawn(process.execPath, [file], {
    cwd: env.root,
    env: { ...process.env, LOG_LEVEL: 'warn', ...environment, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // The last lines it printed (the JSON logger writes to stdout), for the message when it fails.
  let errors = '';
  const keep = (chunk) => {
    errors = (errors + chunk.toString()).slice(-4000);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  let exited = false;
  child.on('exit', () => {
    exited = true;
  });
  const started = Date.now();
  for (;;) {
    if (exited) throw new Error(`${label} exited during start: ${errors}`);
    if (Date.now() - started > timeoutMilliseconds) {
      child.kill('SIGKILL');
      throw new Error(`${label} did not answer ${healthPath} within ${timeoutMilliseconds} ms: ${errors}`);
    }
    try {
      const response = await call(port, 'GET', healthPath);
      if (response.status === 200) break;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return {
    port,
    pid: child.pid,
    bootMilliseconds: Date.now() - started,
    memory: () => env.memoryOf(child.pid),
    errors: () => errors,
    async stop() {
      if (exited) return;
      const done = new Promise((resolve) => child.on('exit', resolve));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await done;
      clearTimeout(timer);
    },
  };
}

module.exports = { startService, freePort };
