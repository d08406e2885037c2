export { LeadIntakeModule } from './lead-intake.module';
export { loadLeadTimeliness } from './shared/settings';
