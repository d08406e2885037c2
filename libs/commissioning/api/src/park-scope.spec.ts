import { parkScopeSpec } from '@ia/testing';
import { CommissioningModule } from './commissioning.module';

// The five milestones, monthly reports, statistics entry, commitment checks, the project and the pools.
parkScopeSpec('commissioning', CommissioningModule, 10);
