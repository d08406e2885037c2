import { parkScopeSpec } from '@ia/testing';
import { ContractSigningModule } from './contract-signing.module';

// Agreements, the project register, qualified leads and incentive catalogs.
parkScopeSpec('contract signing', ContractSigningModule, 14);
