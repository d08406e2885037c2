export { LandDeliveryModule } from './land-delivery.module';
export { SIGNING_CONSUMER, APPROVALS_CONSUMER } from './reactions';
