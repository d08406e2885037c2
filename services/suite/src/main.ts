import 'reflect-metadata';
import { join } from 'node:path';
import { runService } from '@ia/platform';
import { SUITE_CONTEXTS } from './contexts';

// dist/services/suite/main.js serves the console built into dist/console.
void runService({ name: 'suite', contexts: SUITE_CONTEXTS, console: join(__dirname, '..', '..', 'console') });
