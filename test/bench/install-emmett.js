'use strict';
// Installs the optional Emmett reference of the append workload into test/bench/.emmett (ignored by
// git, outside the workspace's dependencies): `node test/bench/install-emmett.js`. It needs the
// native `sqlite3` package, which has no prebuilt binary here and builds from source (2–5 minutes).
// 0.38.5 is the newest Emmett whose core package the registry here has (0.42.4 needs
// @event-driven-io/emmett 0.42.4, which it lacks).
const { spawnSync } = require('node:child_process');
const { mkdirSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');

const folder = join(__dirname, '.emmett');
const packages = ['@event-driven-io/emmett-sqlite@0.38.5', '@event-driven-io/emmett@0.38.5', 'sqlite3@5.1.7'];
mkdirSync(folder, { recursive: true });
writeFileSync(join(folder, 'package.json'), `${JSON.stringify({ name: 'ia-bench-emmett-reference', private: true }, null, 2)}\n`);
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const result = spawnSync(npm, ['install', '--prefix', folder, '--no-audit', '--no-fund', ...process.argv.slice(2), ...packages], {
  stdio: 'inherit',
});
process.exit(result.status ?? 1);
