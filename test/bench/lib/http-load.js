'use strict';
// A closed-loop HTTP load generator on node:http with keep-alive: `concurrency` workers each send
// one request, wait for the whole answer, and send the next, until the time is up.
const http = require('node:http');
const { latency, since } = require('./stats');

/**
 * request(index) returns { method, path, headers, body } for the index-th request of the run.
 * Resolves with requests/s of 2xx answers, p50/p99 latency in ms, and the count of other answers.
 */
async function load({ port, concurrency, seconds, request }) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
  const durations = [];
  const failures = new Map();
  let issued = 0;
  const deadline = Date.now() + seconds * 1000;
  const started = process.hrtime.bigint();
  const worker = async () => {
    while (Date.now() < deadline) {
      const { method, path, headers, body } = request(issued++);
      const one = process.hrtime.bigint();
      const status = await send(agent, port, method, path, headers, body);
      if (status >= 200 && status < 300) durations.push(since(one));
      else failures.set(status, (failures.get(status) ?? 0) + 1);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const elapsed = since(started);
  agent.destroy();
  return { throughput: (durations.length / elapsed) * 1000, ...latency(durations), failures: Object.fromEntries(failures) };
}

function send(agent, port, method, path, headers, body) {
  return new Promise((resolve) => {
    const payload = body === undefined ? undefined : Buffer.from(JSON.stringify(body));
    const request = http.request(
      {
        host: '127.0.0.1',
        port,
        method,
        path,
        agent,
        headers: { ...headers, ...(payload && { 'content-type': 'application/json', 'content-length': payload.length }) },
      },
      (response) => {
        response.resume();
        response.on('end', () => resolve(response.statusCode));
        response.on('error', () => resolve(0));
      },
    );
    request.on('error', () => resolve(0));
    request.end(payload);
  });
}

/** One request with its parsed JSON answer: for setting up a scenario. */
function call(port, method, path, headers = {}, body) {
  return new Promise((resolve, reject) => {
    const payload = body === undefined ? undefined : Buffer.from(JSON.stringify(body));
    const request = http.request(
      {
        host: '127.0.0.1',
        port,
        method,
        path,
        headers: { ...headers, ...(payload && { 'content-type': 'application/json', 'content-length': payload.length }) },
      },
      (response) => {
        const chunks = [];
        response.on('data', (chunk) => chunks.push(chunk));
        response.on('end', () => {
          const text = Buffer.concat(chunks).toString();
          let json;
          try {
            json = text ? JSON.parse(text) : undefined;
          } catch {
            json = text;
          }
          resolve({ status: response.statusCode, headers: response.headers, body: json });
        });
      },
    );
    request.on('error', reject);
    request.end(payload);
  });
}

module.exports = { load, call };
