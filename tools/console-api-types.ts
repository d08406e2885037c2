// Writes services/console/src/lib/api/schema.d.ts from the suite's OpenAPI document, built in memory without a server:
// `npm run console:api-types`. With `--document <file>` it reads that document instead and prints the types, which
// is how a test compares the committed file with what /docs-json says.
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { buildOpenApi, createApplication, loadConfiguration } from '@ia/platform';
import { SUITE_CONTEXTS } from '../services/suite/src/contexts';
import { CONSOLE_API_TYPES, generateConsoleTypes } from './console/openapi-types';

type Document = Parameters<typeof generateConsoleTypes>[0];

async function suiteDocument(): Promise<Document> {
  const configuration = loadConfiguration(
    { IA_STORE: 'memory:', IA_READ_MODELS: 'memory', IA_KEY_STORE: 'memory:', LOG_LEVEL: 'error' },
    'suite',
  );
  const app = await createApplication({ name: 'suite', contexts: SUITE_CONTEXTS }, configuration, { logger: false });
  await app.init();
  const document = buildOpenApi(app, 'suite') as unknown as Document;
  await app.close();
  return document;
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { document: { type: 'string' } } });
  if (values.document !== undefined) {
    process.stdout.write(await generateConsoleTypes(JSON.parse(readFileSync(values.document, 'utf8')) as Document));
    return;
  }
  writeFileSync(CONSOLE_API_TYPES, await generateConsoleTypes(await suiteDocument()));
  process.stdout.write(`Wrote ${CONSOLE_API_TYPES}\n`);
}

void main();
