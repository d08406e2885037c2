/**
 * EventStoreDB and Kafka suites need containers. Jest's global setup probes for a runtime once;
 * where none answers, the suites skip at once and say why in one line.
 */
export function describeWithContainers(engine: string): jest.Describe {
  if (process.env['IA_CONTAINER_RUNTIME'] === 'present') return describe;
  const reason = process.env['IA_CONTAINER_RUNTIME_REASON'] || 'no container runtime';
  process.stdout.write(`[skip] ${engine} suites: no container runtime here (${reason})\n`);
  return describe.skip;
}

/** Redis suites run against a real server when REDIS_URL names one (CI starts one). */
export function describeWithRedis(): jest.Describe {
  if (process.env['REDIS_URL']) return describe;
  process.stdout.write('[skip] Redis suites: REDIS_URL is not set\n');
  return describe.skip;
}
