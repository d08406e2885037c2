'use strict';
// Workload 4: HTTP commands. The suite on embedded engines (`node dist/services/suite/main.js`,
// SQLite in a temporary IA_DATA_DIR, LOG_LEVEL=warn) under a closed-loop load of 1, 8 and 32
// concurrent clients sending POST /api/v1/leads (lead intake: register a lead; validation, auth,
// duplicate check, durable append, read-your-writes). Reference: a bare NestJS app on express that
// accepts the same request and does nothing: the framework's ceiling on this machine.
const { join } = require('node:path');
const env = require('../lib/env');
const { load } = require('../lib/http-load');
const { startService } = require('../lib/service');
const { startSuite, openApiPaths, authorization, leadBody } = require('../lib/suite');
const { throughputCase, record } = require('../lib/result');

const COMMAND = '/api/v1/leads';

async function run() {
  const directory = env.temporaryDirectory('http');
  const suite = await startSuite(directory);
  const bare = await startService(join(__dirname, '../apps/bare-nest.js'), { healthPath: '/api/v1/health', label: 'bare Nest' });
  try {
    const paths = await openApiPaths(suite.port);
    if (!paths[COMMAND] || !paths[COMMAND].post) {
      const posts = Object.keys(paths).filter((path) => paths[path].post);
      return {
        workload: 'http',
        title: '4. HTTP commands',
        cases: [],
        notes: [`Not measured: the suite has no POST ${COMMAND} yet; it offers ${posts.join(', ') || 'no command'}.`],
      };
    }
    const headers = authorization();
    const seconds = Math.max(0.5, 3 * env.scale());
    let batch = 0;
    const requestsFor = () => {
      const tag = `${process.pid}x${batch++}x`;
      return (index) => ({ method: 'POST', path: COMMAND, headers, body: leadBody(tag, index) });
    };
    // Warm both up (JIT, connection pools, the first SQLite pages) before measuring.
    for (const target of [suite, bare])
      await load({ port: target.port, concurrency: 4, seconds: Math.min(1, seconds), request: requestsFor() });
    const cases = [];
    const failures = [];
    for (const concurrency of [1, 8, 32]) {
      const testCase = throughputCase(
        `POST ${COMMAND}, ${concurrency} concurrent client${concurrency > 1 ? 's' : ''}`,
        'bare NestJS endpoint',
        'requests/s',
      );
      for (let repetition = 0; repetition < env.repetitions(); repetition += 1) {
        const measured = {};
        for (const [name, target] of repetition % 2 === 0
          ? [
              ['suite', suite],
              ['bare', bare],
            ]
          : [
              ['bare', bare],
              ['suite', suite],
            ]) {
          measured[name] = await load({ port: target.port, concurrency, seconds, request: requestsFor() });
          if (Object.keys(measured[name].failures).length > 0)
            failures.push(`${name} at ${concurrency}: ${JSON.stringify(measured[name].failures)}`);
        }
        record(testCase, measured.suite, measured.bare);
        env.log(
          `http c=${concurrency} #${repetition + 1}: suite ${Math.round(measured.suite.throughput)} req/s p99 ${measured.suite.p99.toFixed(1)} ms; bare ${Math.round(measured.bare.throughput)} req/s`,
        );
      }
      cases.push(testCase);
    }
    const memory = suite.memory();
    return {
      workload: 'http',
      title: '4. HTTP commands',
      cases,
      notes: [
        `Command: POST ${COMMAND} (lead intake, register a lead), a unique company per request, promoter token signed with the development secret; ${seconds} s per level after a warm-up. The load generator runs on the same 2 cores.`,
        `Suite resident memory after the HTTP runs: ${Math.round(memory.rssMiB)} MiB (peak ${Math.round(memory.peakRssMiB)} MiB).`,
        ...(failures.length ? [`Non-2xx answers (not counted in throughput): ${failures.join('; ')}.`] : []),
      ],
    };
  } finally {
    await Promise.all([suite.stop(), bare.stop()]);
    env.remove(directory);
  }
}

module.exports = { run };
