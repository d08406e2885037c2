import 'reflect-metadata';
import { runService } from '@ia/platform';
import { AccountsModule } from '@ia/accounts/api';

void runService({ name: 'accounts', contexts: [AccountsModule] });
