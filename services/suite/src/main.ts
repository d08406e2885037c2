import 'reflect-metadata';
import { runService } from '@ia/platform';
import { SUITE_CONTEXTS } from './contexts';

void runService({ name: 'suite', contexts: SUITE_CONTEXTS });
