'use strict';
// What the suite offers right now: the contexts are being written in parallel, so the workloads
// look at the suite's OpenAPI document to find the endpoints they need, and say what they used.
const { join } = require('node:path');
const env = require('./env');
const { call } = require('./http-load');
const { startService } = require('./service');

const SUITE = join(env.dist, 'services/suite/main.js');

/**
 * The suite limits each client (bearer token) to IA_RATE_LIMIT_PER_MINUTE requests (1,200 by
 * default): the benchmarks send everything with one token, so they lift the limit to measure the
 * command path, not the limiter.
 */
function startSuite(dataDirectory, environment = {}, timeoutMilliseconds = 120_000) {
  return startService(SUITE, {
    environment: { IA_DATA_DIR: dataDirectory, IA_RATE_LIMIT_PER_MINUTE: '1000000', ...environment },
    label: 'suite',
    timeoutMilliseconds,
  });
}

async function openApiPaths(port) {
  const response = await call(port, 'GET', '/docs-json');
  return response.status === 200 ? (response.body.paths ?? {}) : {};
}

/** Bearer header for the development secret, as `node dist/tools/token.js --role promoter --user bench` prints. */
function authorization(role = 'promoter', user = 'bench') {
  const platform = env.platform();
  const { jwt } = platform.loadConfiguration({});
  return { authorization: `Bearer ${platform.signToken({ user, role }, jwt)}` };
}

/** A valid lead registration (libs/lead-intake/api RegisterLeadBody), unique by company name. */
function leadBody(tag, index) {
  return {
    parkId: 'xiangxiang-edz',
    companyName: `湖南基准${tag}${index}号电气有限公司`,
    industrySection: 'C',
    industryDivision: '38',
    source: 'promotion_event',
    sourceName: '湘港经贸合作周签约仪式',
    contactPerson: '李明',
    contactPhone: '13812345678',
    intendedInvestment: 300_000_000,
    landDemandMu: 100,
    expectedJobs: 400,
    expectedAnnualOutput: 500_000_000,
    expectedAnnualTax: 20_000_000,
    product: '智能配电设备',
  };
}

module.exports = { SUITE, startSuite, openApiPaths, authorization, leadBody };
