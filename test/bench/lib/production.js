'use strict';
// What workload 8 needs beside its own measurements: a Redis of its own, and one qualification's way from lead
// intake to contract signing's read model over HTTP.
const { spawn, spawnSync } = require('node:child_process');
const { call } = require('./http-load');
const { freePort } = require('./service');
const { latency, since } = require('./stats');
const { authorization, leadBody } = require('./suite');

/** One qualification's way from lead intake to contract signing's read model, and the screening command's own time. */
async function propagationSamples(intakePort, signingPort, samples, tag) {
  const promoter = authorization('promoter');
  const policy = await call(intakePort, 'PUT', '/api/v1/park-policies/xiangxiang-edz', authorization('admin'), {
    wantedIndustries: ['C38'],
    excludedIndustries: [],
    minimumInvestmentIntensity: 0,
    minimumTaxPerMu: 0,
    minimumJobs: 0,
  });
  if (policy.status >= 300) throw new Error(`park policy: ${policy.status} ${JSON.stringify(policy.body)}`);
  const durations = [];
  for (let index = 0; index < samples + 5; index += 1) {
    const registered = await call(intakePort, 'POST', '/api/v1/leads', promoter, leadBody(tag, index));
    if (registered.status !== 201) throw new Error(`register: ${registered.status} ${JSON.stringify(registered.body)}`);
    const leadId = registered.body.id;
    const screened = await call(intakePort, 'POST', `/api/v1/leads/${leadId}/screenings`, promoter, {
      decision: 'qualify',
      reason: '符合园区产业政策',
    });
    if (screened.status >= 300) throw new Error(`screening: ${screened.status} ${JSON.stringify(screened.body)}`);
    const started = process.hrtime.bigint();
    for (;;) {
      const leads = await call(signingPort, 'GET', '/api/v1/qualified-leads', promoter);
      if ((leads.body.items ?? []).some((lead) => lead.leadId === leadId)) break;
      if (since(started) > 30_000) throw new Error(`lead ${leadId} did not reach contract signing within 30 s`);
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
    // The first few warm the JIT, the connections and the consumer group.
    if (index >= 5) durations.push(since(started));
  }
  return latency(durations);
}

function startRedis() {
  if (spawnSync('redis-server', ['--version'], { stdio: 'ignore' }).status !== 0) return undefined;
  return freePort().then((port) => {
    const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
      stdio: 'ignore',
    });
    return { url: `redis://127.0.0.1:${port}`, stop: () => child.kill('SIGTERM') };
  });
}

module.exports = { propagationSamples, startRedis };
