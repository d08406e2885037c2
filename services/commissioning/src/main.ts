import 'reflect-metadata';
import { runService } from '@ia/platform';
import { CommissioningModule } from '@ia/commissioning/api';

void runService({ name: 'commissioning', contexts: [CommissioningModule] });
