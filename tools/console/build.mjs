// Builds the web console with Vite into dist/console, only when its sources changed since the last build:
// the fingerprint of every file that goes into the bundle is kept beside it.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';

const INPUTS = ['services/console/index.html', 'services/console/vite.config.mts', 'services/console/package.json', 'package-lock.json'];
const FOLDERS = ['services/console/src', 'services/console/public', 'libs/reference/src'];
const NOT_SHIPPED = /\.(spec|test)\.tsx?$|\.d\.ts$/;

async function filesUnder(folder) {
  const entries = await readdir(folder, { withFileTypes: true }).catch(() => []);
  const nested = await Promise.all(
    entries.map((entry) => (entry.isDirectory() ? filesUnder(join(folder, entry.name)) : [join(folder, entry.name)])),
  );
  return nested.flat();
}

export async function consoleFingerprint(root) {
  const folders = await Promise.all(FOLDERS.map((folder) => filesUnder(join(root, folder))));
  const files = [...INPUTS.map((file) => join(root, file)), ...folders.flat().filter((file) => !NOT_SHIPPED.test(file))].sort();
  const hash = createHash('sha256');
  hash.update('production');
  for (const file of files) {
    hash.update(relative(root, file));
    hash.update(await readFile(file).catch(() => Buffer.alloc(0)));
  }
  return hash.digest('hex');
}

/** Returns what it did: 'built', 'unchanged', or 'skipped' (no Vite installed, as after `npm prune --omit=dev`). */
export async function buildConsole(root, { quiet = false, force = false } = {}) {
  const out = join(root, 'dist', 'console');
  const stamp = join(root, 'dist', '.console-fingerprint');
  const fingerprint = await consoleFingerprint(root);
  const previous = await readFile(stamp, 'utf8').catch(() => '');
  if (!force && previous === fingerprint && existsSync(join(out, 'index.html'))) return 'unchanged';
  let vite;
  try {
    vite = await import('vite');
  } catch {
    if (!quiet) process.stdout.write('Console not built: Vite is not installed (dev dependencies omitted)\n');
    return 'skipped';
  }
  // Always the production build of React and Ant Design, whatever NODE_ENV the caller runs under (Jest sets test).
  const callers = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await vite.build({
      configFile: join(root, 'services/console/vite.config.mts'),
      mode: 'production',
      logLevel: quiet ? 'error' : 'warn',
    });
  } finally {
    if (callers === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = callers;
  }
  await writeFile(stamp, fingerprint);
  return 'built';
}
