'use strict';
// Starts a Node process for one measurement and collects the message it sends back, so that what
// it measures (peak resident memory above all) is its own.
const { fork } = require('node:child_process');

function forkMeasurement(file, args, { timeoutMilliseconds = 10 * 60_000, env = {} } = {}) {
  return new Promise((resolve, reject) => {
    const child = fork(file, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    let message;
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${file} ${args.join(' ')} did not finish within ${timeoutMilliseconds} ms`));
    }, timeoutMilliseconds);
    child.on('message', (received) => {
      message = received;
    });
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      if (message && message.ok) resolve(message.result);
      else reject(new Error(message ? message.error : `${file} exited with ${code ?? signal} and no result`));
    });
  });
}

/** In the child: run the measurement and send its result (or error) to the parent. */
function answer(measurement) {
  measurement().then(
    (result) => process.send({ ok: true, result }, () => process.exit(0)),
    (error) => process.send({ ok: false, error: error && error.stack ? error.stack : String(error) }, () => process.exit(1)),
  );
}

module.exports = { forkMeasurement, answer };
