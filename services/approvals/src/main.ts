import 'reflect-metadata';
import { runService } from '@ia/platform';
import { ApprovalsModule } from '@ia/approvals/api';

void runService({ name: 'approvals', contexts: [ApprovalsModule] });
