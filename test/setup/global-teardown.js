// Stops the engines the global setup started for this run.
module.exports = async function globalTeardown() {
  await globalThis.__IA_STOP_ENGINES__?.();
};
