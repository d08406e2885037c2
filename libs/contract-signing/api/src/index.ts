export { ContractSigningModule } from './contract-signing.module';
