import { parkScopeSpec } from '@ia/testing';
import { LeadIntakeModule } from './lead-intake.module';

// Leads, their work, the funnel and park policies.
parkScopeSpec('lead intake', LeadIntakeModule, 14);
