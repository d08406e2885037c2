// Probes once for a container runtime so that EventStoreDB and Kafka suites can skip at once, visibly,
// where none answers (Testcontainers otherwise fails per suite). The answer travels in the environment.
const PROBE_TIMEOUT_MS = 3000;

module.exports = async function globalSetup() {
  process.env.KAFKAJS_NO_PARTITIONER_WARNING = '1';
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
};
