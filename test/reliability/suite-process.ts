import { createServer } from 'node:net';
import { join } from 'node:path';
import { spawnTypeScript, type TypeScriptChild } from '@ia/testing';

const MAIN = join(__dirname, '../../services/suite/src/main.ts');

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** The real suite as its own operating-system process, on embedded engines in the given folder. */
export async function startSuite(dataDirectory: string, port: number, environment: NodeJS.ProcessEnv = {}): Promise<TypeScriptChild> {
  const child = spawnTypeScript(MAIN, [], {
    PORT: String(port),
    IA_DATA_DIR: dataDirectory,
    LOG_LEVEL: 'warn',
    IA_RATE_LIMIT_PER_MINUTE: '1000000',
    ...environment,
  });
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/health`);
      if (response.ok) return child;
    } catch {
      // Not listening yet.
    }
    if (child.process.exitCode !== null) throw new Error(`The suite exited with ${child.process.exitCode}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  child.process.kill('SIGKILL');
  throw new Error('The suite did not answer /health within 60 s');
}
