import 'reflect-metadata';
import { runService } from '@ia/platform';
import { ConstructionModule } from '@ia/construction/api';

void runService({ name: 'construction', contexts: [ConstructionModule] });
