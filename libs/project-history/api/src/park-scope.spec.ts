import { parkScopeSpec } from '@ia/testing';
import { ProjectHistoryModule } from './project-history.module';

// History, export, state, figures, integrity and the access log.
parkScopeSpec('project history', ProjectHistoryModule, 7);
