'use strict';
// Runs one workload module in its own process (so that one workload's heap, native memory and
// file handles never colour another's) and sends its result to the harness over IPC.
const { join } = require('node:path');
const { answer } = require('./child');

const name = process.argv[2];
const started = Date.now();
answer(async () => {
  const result = await require(join(__dirname, '..', 'workloads', `${name}.js`)).run();
  return { ...result, seconds: (Date.now() - started) / 1000 };
});
