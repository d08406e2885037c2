// Probes once for a container runtime so that EventStoreDB suites (and Kafka ones where no broker of our own
// runs) can skip at once, visibly, where none answers (Testcontainers otherwise fails per suite), and starts the
// Kafka broker and PostgreSQL cluster the selected suites need. Answers travel in the environment.
const { startEngines } = require('./engines');

const PROBE_TIMEOUT_MS = 3000;

async function probeContainers() {
  if (process.env.IA_CONTAINER_RUNTIME) return;
  let reason = '';
  try {
    const { getContainerRuntimeClient } = require('testcontainers');
    await Promise.race([
      getContainerRuntimeClient(),
      new Promise((_, reject) => setTimeout(() => reject(new Error('no answer within 3 s')), PROBE_TIMEOUT_MS).unref()),
    ]);
  } catch (error) {
    reason = error instanceof Error ? error.message : String(error);
  }
  process.env.IA_CONTAINER_RUNTIME = reason ? 'absent' : 'present';
  process.env.IA_CONTAINER_RUNTIME_REASON = reason;
}

module.exports = async function globalSetup(globalConfig) {
  process.env.KAFKAJS_NO_PARTITIONER_WARNING = '1';
  const [, stopEngines] = await Promise.all([probeContainers(), startEngines(globalConfig)]);
  globalThis.__IA_STOP_ENGINES__ = stopEngines;
};
