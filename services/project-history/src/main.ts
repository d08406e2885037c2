import 'reflect-metadata';
import { ProjectHistoryModule } from '@ia/project-history/api';
import { runService } from '@ia/platform';

void runService({ name: 'project-history', contexts: [ProjectHistoryModule] });
