import 'reflect-metadata';
import { runService } from '@ia/platform';
import { LandDeliveryModule } from '@ia/land-delivery/api';

void runService({ name: 'land-delivery', contexts: [LandDeliveryModule] });
