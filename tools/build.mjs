// Compiles every library, service and tool with swc into dist/, rewriting the workspace's path
// aliases into relative requires so that plain `node dist/services/<name>/main.js` runs.
import { transformFile } from '@swc/core';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildConsole } from './console/build.mjs';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const out = join(root, 'dist');
const quiet = process.argv.includes('--quiet');
const { compilerOptions } = JSON.parse(await readFile(join(root, 'tsconfig.base.json'), 'utf8'));

// services/<name>/src/x.ts -> dist/services/<name>/x.js; everything else keeps its path.
const target = (source) =>
  join(out, relative(root, source).replace(/^services([\\/][^\\/]+)[\\/]src[\\/]/, `services$1${sep}`)).replace(/\.ts$/, '.js');
const aliases = new Map(Object.entries(compilerOptions.paths).map(([alias, [path]]) => [alias, target(join(root, path))]));

// The console is a browser bundle built by Vite (below), not CommonJS for node.
const consoleSources = join(root, 'services', 'console');
const SKIPPED = new Set(['node_modules', 'test-support']);

async function sources(folder) {
  const entries = await readdir(folder, { withFileTypes: true }).catch(() => []);
  const nested = await Promise.all(
    entries.map((entry) => {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) return SKIPPED.has(entry.name) || path === consoleSources ? [] : sources(path);
      return /\.ts$/.test(entry.name) && !/\.(spec|d)\.ts$/.test(entry.name) ? [path] : [];
    }),
  );
  return nested.flat();
}

const started = Date.now();
// Everything but the console, which is rebuilt only when its sources change.
const kept = new Set(['console', '.console-fingerprint']);
const previous = await readdir(out).catch(() => []);
await Promise.all(previous.filter((name) => !kept.has(name)).map((name) => rm(join(out, name), { recursive: true, force: true })));
const files = (await Promise.all(['libs', 'services', 'tools'].map((folder) => sources(join(root, folder))))).flat();
await Promise.all(
  files.map(async (file) => {
    const destination = target(file);
    const { code, map } = await transformFile(file, {
      jsc: {
        parser: { syntax: 'typescript', decorators: true },
        transform: { legacyDecorator: true, decoratorMetadata: true },
        target: 'es2022',
        keepClassNames: true,
      },
      module: { type: 'commonjs' },
      sourceMaps: true,
      swcrc: false,
    });
    const rewritten = code.replace(/require\("(@ia\/[^"]+)"\)/g, (whole, alias) => {
      const compiled = aliases.get(alias);
      if (!compiled) throw new Error(`${file}: unknown workspace import ${alias}`);
      let path = relative(dirname(destination), compiled).split(sep).join('/');
      if (!path.startsWith('.')) path = `./${path}`;
      return `require("${path}")`;
    });
    await mkdir(dirname(destination), { recursive: true });
    await writeFile(destination, `${rewritten}\n//# sourceMappingURL=${destination.split(sep).pop()}.map\n`);
    if (map) await writeFile(`${destination}.map`, map);
  }),
);
if (!quiet) process.stdout.write(`Built ${files.length} files into dist/ in ${Date.now() - started} ms\n`);
const consoleStarted = Date.now();
const consoleBuild = await buildConsole(root, { quiet });
if (!quiet && consoleBuild !== 'skipped')
  process.stdout.write(`Console ${consoleBuild} in dist/console in ${Date.now() - consoleStarted} ms\n`);
