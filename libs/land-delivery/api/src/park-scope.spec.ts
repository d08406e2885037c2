import { parkScopeSpec } from '@ia/testing';
import { LandDeliveryModule } from './land-delivery.module';

// Parcels, their indicators and readiness, allocation, delivery and the land project.
parkScopeSpec('land delivery', LandDeliveryModule, 9);
