import 'reflect-metadata';
import { runService } from '@ia/platform';
import { ContractSigningModule } from '@ia/contract-signing/api';

void runService({ name: 'contract-signing', contexts: [ContractSigningModule] });
