import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

const REGISTER = join(__dirname, 'register-typescript.js');

export interface TypeScriptChild {
  readonly process: ChildProcessWithoutNullStreams;
  /** Every line the child printed so far. */
  readonly lines: string[];
  /** Resolves with the first printed line that satisfies the predicate. */
  waitForLine(predicate: (line: string) => boolean, timeoutMilliseconds?: number): Promise<string>;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** Starts a TypeScript file as a real operating-system process. */
export function spawnTypeScript(file: string, args: readonly string[] = [], env: NodeJS.ProcessEnv = {}): TypeScriptChild {
  const child = spawn(process.execPath, ['-r', REGISTER, file, ...args], { env: { ...process.env, ...env }, stdio: 'pipe' });
  const lines: string[] = [];
  const watchers = new Set<(line: string) => void>();
  let errors = '';
  child.stderr.on('data', (chunk: Buffer) => {
    errors += chunk.toString();
  });
  createInterface({ input: child.stdout }).on('line', (line) => {
    lines.push(line);
    for (const watcher of watchers) watcher(line);
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal })),
  );
  return {
    process: child,
    lines,
    exited,
    waitForLine(predicate, timeoutMilliseconds = 20_000) {
      const found = lines.find(predicate);
      if (found !== undefined) return Promise.resolve(found);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          watchers.delete(watch);
          reject(new Error(`No matching line within ${timeoutMilliseconds} ms; stderr: ${errors.slice(-2000)}`));
        }, timeoutMilliseconds);
        const watch = (line: string) => {
          if (!predicate(line)) return;
          clearTimeout(timer);
          watchers.delete(watch);
          resolve(line);
        };
        watchers.add(watch);
        void exited.then(() => {
          if (!watchers.has(watch)) return;
          clearTimeout(timer);
          watchers.delete(watch);
          reject(new Error(`Child exited before a matching line; stderr: ${errors.slice(-2000)}`));
        });
      });
    },
  };
}
