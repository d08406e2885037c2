import { parkScopeSpec } from '@ia/testing';
import { ConstructionModule } from './construction.module';

// Site work, leadership, problems, ledgers and dispatch.
parkScopeSpec('construction', ConstructionModule, 17);
