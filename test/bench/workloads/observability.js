'use strict';
// Workload 8: the cost of metrics and traces on the HTTP command path (POST /api/v1/leads, as workload 4),
// measured in one run against the same suite without them: three suites side by side, on embedded engines,
// loaded in turns (the order alternates between repetitions). "metrics" sets IA_METRICS_TOKEN and is scraped
// every second as Prometheus would (more often than its 30 s); "metrics + traces" also exports every span over
// OTLP/HTTP to a local receiver that reads and drops the batches. Target: at most 5 % less throughput.
const { readFileSync } = require('node:fs');
const { createServer } = require('node:http');
const env = require('../lib/env');
const { load, call } = require('../lib/http-load');
const { startSuite, authorization, leadBody } = require('../lib/suite');
const { metric, throughputCase, record } = require('../lib/result');

/** CPU time a process has used, in milliseconds (user + system, from /proc; clock ticks are 1/100 s on Linux). */
function cpuMilliseconds(pid) {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

const COMMAND = '/api/v1/leads';
const TOKEN = 'bench-metrics-token-0123456789';

async function collector() {
  let batches = 0;
  const server = createServer((request, response) => {
    request.resume();
    request.on('end', () => {
      batches += 1;
      response.writeHead(200, { 'Content-Type': 'application/json' }).end('{}');
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${server.address().port}`,
    batches: () => batches,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

async function run() {
  const sink = await collector();
  const directories = ['off', 'metrics', 'traced'].map((name) => env.temporaryDirectory(`observability-${name}`));
  const suites = {
    off: await startSuite(directories[0]),
    metrics: await startSuite(directories[1], { IA_METRICS_TOKEN: TOKEN }),
    traced: await startSuite(directories[2], { IA_METRICS_TOKEN: TOKEN, OTEL_EXPORTER_OTLP_ENDPOINT: sink.url }),
  };
  const scrapes = setInterval(() => {
    for (const name of ['metrics', 'traced'])
      call(suites[name].port, 'GET', '/metrics', { authorization: `Bearer ${TOKEN}` }).catch(() => undefined);
  }, 1000);
  try {
    const headers = authorization();
    const seconds = Math.max(0.5, 3 * env.scale());
    let batch = 0;
    const requestsFor = () => {
      const tag = `${process.pid}o${batch++}o`;
      return (index) => ({ method: 'POST', path: COMMAND, headers, body: leadBody(tag, index) });
    };
    for (const suite of Object.values(suites))
      await load({ port: suite.port, concurrency: 4, seconds: Math.min(1, seconds), request: requestsFor() });
    const cases = [];
    const failures = [];
    // CPU time per request does not depend on what else runs on the machine, as throughput does.
    const cpuCase = (name) => ({ name, reference: 'metrics and traces off', metrics: [metric('CPU per request', 'ms', 'lower')] });
    for (const concurrency of [8, 32]) {
      const withMetrics = throughputCase(`metrics on, ${concurrency} clients`, 'metrics and traces off', 'requests/s');
      const withTraces = throughputCase(`metrics and traces on, ${concurrency} clients`, 'metrics and traces off', 'requests/s');
      const metricsCpu = cpuCase(`metrics on, ${concurrency} clients`);
      const tracesCpu = cpuCase(`metrics and traces on, ${concurrency} clients`);
      for (let repetition = 0; repetition < env.repetitions(); repetition += 1) {
        const order = repetition % 2 === 0 ? ['off', 'metrics', 'traced'] : ['traced', 'metrics', 'off'];
        const measured = {};
        const cpu = {};
        for (const name of order) {
          const before = cpuMilliseconds(suites[name].pid);
          measured[name] = await load({ port: suites[name].port, concurrency, seconds, request: requestsFor() });
          cpu[name] = (cpuMilliseconds(suites[name].pid) - before) / Math.max(1, measured[name].throughput * seconds);
          if (Object.keys(measured[name].failures).length > 0)
            failures.push(`${name} at ${concurrency}: ${JSON.stringify(measured[name].failures)}`);
        }
        record(withMetrics, measured.metrics, measured.off);
        record(withTraces, measured.traced, measured.off);
        metricsCpu.metrics[0].ours.push(cpu.metrics);
        metricsCpu.metrics[0].reference.push(cpu.off);
        tracesCpu.metrics[0].ours.push(cpu.traced);
        tracesCpu.metrics[0].reference.push(cpu.off);
        env.log(
          `observability c=${concurrency} #${repetition + 1}: off ${Math.round(measured.off.throughput)}, metrics ${Math.round(measured.metrics.throughput)}, metrics+traces ${Math.round(measured.traced.throughput)} req/s; CPU ${cpu.off.toFixed(2)} / ${cpu.metrics.toFixed(2)} / ${cpu.traced.toFixed(2)} ms a request`,
        );
      }
      cases.push(withMetrics, withTraces, metricsCpu, tracesCpu);
    }
    return {
      workload: 'observability',
      title: '8. Cost of metrics and traces on HTTP commands',
      cases,
      notes: [
        `POST ${COMMAND} on three suites in one run: off, IA_METRICS_TOKEN set (scraped every second), and OTLP traces exported to a local receiver too (${sink.batches()} span batches received). ${seconds} s per level after a warm-up; the load generator and the three suites share the machine's cores, and only one suite is loaded at a time.`,
        ...(failures.length ? [`Non-2xx answers (not counted in throughput): ${failures.join('; ')}.`] : []),
      ],
    };
  } finally {
    clearInterval(scrapes);
    await Promise.all(Object.values(suites).map((suite) => suite.stop()));
    await sink.close();
    for (const directory of directories) env.remove(directory);
  }
}

module.exports = { run };
