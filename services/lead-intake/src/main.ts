import 'reflect-metadata';
import { runService } from '@ia/platform';
import { LeadIntakeModule } from '@ia/lead-intake/api';

void runService({ name: 'lead-intake', contexts: [LeadIntakeModule] });
