// Writes services/console/src/lib/api/schema.d.ts from the suite's OpenAPI document, built in memory without a server:
// `npm run console:api-types`. A test fails when the committed file differs from what this prints.
import { writeFileSync } from 'node:fs';
import { buildOpenApi, createApplication, loadConfiguration } from '@ia/platform';
import { SUITE_CONTEXTS } from '../services/suite/src/contexts';
import { CONSOLE_API_TYPES, generateConsoleTypes } from './console/openapi-types';

async function main(): Promise<void> {
  const configuration = loadConfiguration({ IA_STORE: 'memory:', IA_READ_MODELS: 'memory', IA_KEY_STORE: 'memory:', LOG_LEVEL: 'error' }, 'suite');
  const app = await createApplication({ name: 'suite', contexts: SUITE_CONTEXTS }, configuration, { logger: false });
  await app.init();
  const document = buildOpenApi(app, 'suite') as unknown as Parameters<typeof generateConsoleTypes>[0];
  await app.close();
  writeFileSync(CONSOLE_API_TYPES, await generateConsoleTypes(document));
  process.stdout.write(`Wrote ${CONSOLE_API_TYPES}\n`);
}

void main();
