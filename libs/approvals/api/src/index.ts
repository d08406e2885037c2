export { ApprovalsModule } from './approvals.module';
export { SIGNING_CONSUMER } from './signing/signing.reaction';
