export { CommissioningModule } from './commissioning.module';
export { ABOVE_SCALE_POLICY, loadAboveScalePolicy } from './shared/above-scale-policy';
export { CONSTRUCTION_CONSUMER, SIGNING_CONSUMER } from './shared/consumers';
