import { parkScopeSpec } from '@ia/testing';
import { AccountsModule } from './accounts.module';

parkScopeSpec('accounts', AccountsModule, 18);
