import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

export const ROOT = join(__dirname, '..', '..', '..');
const PRELOAD = join(__dirname, 'clock.preload.js');
const START_TIMEOUT = 60_000;

export const SERVICES = [
  'lead-intake',
  'contract-signing',
  'approvals',
  'land-delivery',
  'construction',
  'commissioning',
  'project-history',
] as const;
export type ServiceName = (typeof SERVICES)[number];

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

/** One service as its own operating-system process: `node dist/services/<name>/main.js`, as deployed. */
export interface ServiceProcess {
  readonly name: ServiceName;
  readonly port: number;
  readonly url: string;
  readonly child: ChildProcess;
  /** Everything it printed, for a failing test to show. */
  output(): string;
  exited(): Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

export function mainOf(name: string): string {
  const main = join(ROOT, 'dist', 'services', name, 'main.js');
  if (!existsSync(main)) throw new Error(`${main} is missing: the global setup builds dist/ for suites that use startServiceProcess(`);
  return main;
}

/** Starts a service and resolves once /health answers 200; `waitHealthy: false` returns as soon as it runs. */
export async function startServiceProcess(
  name: ServiceName,
  environment: Readonly<Record<string, string>>,
  options: { readonly port?: number; readonly waitHealthy?: boolean } = {},
): Promise<ServiceProcess> {
  const port = options.port ?? (await freePort());
  const child = spawn(process.execPath, ['-r', PRELOAD, mainOf(name)], {
    env: { ...process.env, ...environment, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let printed = '';
  const keep = (chunk: Buffer) => (printed = (printed + chunk.toString()).slice(-20_000));
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  const service: ServiceProcess = { name, port, url: `http://127.0.0.1:${port}`, child, output: () => printed, exited: () => exit };
  if (options.waitHealthy === false) return service;
  const deadline = Date.now() + START_TIMEOUT;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`${name} exited while starting:\n${printed}`);
    const healthy = await fetch(`${service.url}/health`).then(
      (response) => response.ok,
      () => false,
    );
    if (healthy) return service;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  child.kill('SIGKILL');
  throw new Error(`${name} did not answer /health within ${START_TIMEOUT / 1000} s:\n${printed}`);
}

/** SIGTERM (Nest closes the engines) and waits; SIGKILL after the timeout. Resolves how long the stop took. */
export async function stopServiceProcess(service: ServiceProcess, timeoutMilliseconds = 15_000): Promise<number> {
  const started = Date.now();
  if (service.child.exitCode !== null || service.child.signalCode !== null) return 0;
  service.child.kill('SIGTERM');
  const timer = setTimeout(() => service.child.kill('SIGKILL'), timeoutMilliseconds);
  await service.exited();
  clearTimeout(timer);
  return Date.now() - started;
}
