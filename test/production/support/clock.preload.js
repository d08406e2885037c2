// Loaded with `node -r` before a service's main.js, in tests only: the service's clock (the platform's
// systemClock, which stamps business time on every command) reads the instant written in IA_TEST_CLOCK_FILE,
// so that a test moves the days of seven processes by hand, as the one-process tests move theirs. Record times
// stay real, as they do in the one-process tests.
'use strict';
const { readFileSync } = require('node:fs');
const { dirname, join } = require('node:path');

const file = process.env.IA_TEST_CLOCK_FILE;
if (file) {
  const dist = join(dirname(process.argv[1]), '..', '..');
  const { systemClock } = require(join(dist, 'libs', 'platform', 'src', 'engines', 'tokens.js'));
  systemClock.now = () => new Date(readFileSync(file, 'utf8').trim());
}
