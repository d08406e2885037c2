'use strict';
// Workload 7: list queries. The suite on embedded engines holds leads spread evenly over ten parks;
// closed-loop clients ask GET /api/v1/leads (first page of 20) with a token for one park, which the
// leads read model answers through its park index. Reference: the same list asked by a county-wide
// holder, which reads every lead of the collection, as every list did before read models had indexes.
const env = require('../lib/env');
const { call, load } = require('../lib/http-load');
const { startSuite, leadBody } = require('../lib/suite');
const { throughputCase, record } = require('../lib/result');

const LIST = '/api/v1/leads?pageSize=20';
const PARKS = Array.from({ length: 10 }, (_, index) => `bench-park-${index + 1}`);

function bearer(parks) {
  const platform = env.platform();
  const { jwt } = platform.loadConfiguration({});
  return { authorization: `Bearer ${platform.signToken({ user: 'bench-lists', role: 'promoter', parks }, jwt)}` };
}

/** Registers the leads with a few clients at once, round-robin over the parks. */
async function registerLeads(port, count) {
  const headers = bearer([]);
  let next = 0;
  const failures = [];
  const client = async () => {
    while (next < count) {
      const index = next++;
      const body = { ...leadBody('list', index), parkId: PARKS[index % PARKS.length] };
      const response = await call(port, 'POST', '/api/v1/leads', headers, body);
      if (response.status !== 201) failures.push(response.status);
    }
  };
  await Promise.all(Array.from({ length: 4 }, client));
  if (failures.length > 0) throw new Error(`${failures.length} registrations failed, e.g. ${failures[0]}`);
}

async function run() {
  const directory = env.temporaryDirectory('lists');
  const suite = await startSuite(directory);
  try {
    const leads = env.sized(10_000, 200);
    const started = Date.now();
    await registerLeads(suite.port, leads);
    const registeredSeconds = (Date.now() - started) / 1000;
    const onePark = bearer([PARKS[0]]);
    const county = bearer([]);
    const seconds = Math.max(0.5, 3 * env.scale());
    const request = (headers) => () => ({ method: 'GET', path: LIST, headers });
    for (const headers of [onePark, county])
      await load({ port: suite.port, concurrency: 4, seconds: Math.min(1, seconds), request: request(headers) });
    const cases = [];
    for (const concurrency of [1, 8]) {
      const testCase = throughputCase(
        `GET ${LIST}, one park's holder, ${leads.toLocaleString('en')} leads in ${PARKS.length} parks, ${concurrency} client${concurrency > 1 ? 's' : ''}`,
        'county-wide holder (whole collection)',
        'requests/s',
      );
      for (let repetition = 0; repetition < env.repetitions(); repetition += 1) {
        const ours = await load({ port: suite.port, concurrency, seconds, request: request(onePark) });
        const reference = await load({ port: suite.port, concurrency, seconds, request: request(county) });
        record(testCase, ours, reference);
        env.log(
          `lists c=${concurrency} #${repetition + 1}: one park ${Math.round(ours.throughput)} req/s p99 ${ours.p99.toFixed(1)} ms; county ${Math.round(reference.throughput)} req/s p99 ${reference.p99.toFixed(1)} ms`,
        );
      }
      cases.push(testCase);
    }
    return {
      workload: 'lists',
      title: '7. List queries',
      cases,
      notes: [
        `${leads.toLocaleString('en')} leads registered over HTTP in ${registeredSeconds.toFixed(1)} s, round-robin over ${PARKS.length} parks; ${seconds} s per level after a warm-up.`,
        'Both answer the first page of 20, newest first; the county-wide answer counts every lead, the park answer one tenth. Read models in memory: an index saves parsing the documents of other parks; on Redis it also saves moving them over the network.',
      ],
    };
  } finally {
    await suite.stop();
    env.remove(directory);
  }
}

module.exports = { run };
