export { ConstructionModule } from './construction.module';
export { LAND_CONSUMER, APPROVALS_CONSUMER, SIGNING_CONSUMER } from './reactions';
