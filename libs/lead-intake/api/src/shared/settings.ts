import { ConfigurationError } from '@ia/platform';
import { DEFAULT_TIMELINESS, type TimelinessSettings } from '@ia/lead-intake/domain';

export const LEAD_TIMELINESS = Symbol('LeadTimeliness');

const MAXIMUM_WORKING_DAYS = 60;

/** Parks set their own allowances; a wrong value stops the service at start, naming the variable. */
export function loadLeadTimeliness(environment: Readonly<Record<string, string | undefined>>): TimelinessSettings {
  const problems: string[] = [];
  const days = (name: string, fallback: number) => {
    const raw = environment[name]?.trim();
    if (raw === undefined || raw === '') return fallback;
    const value = Number(raw);
    if (!/^\d+$/.test(raw) || value > MAXIMUM_WORKING_DAYS) {
      problems.push(`${name}: expected a whole number of working days from 0 to ${MAXIMUM_WORKING_DAYS}, got "${raw}"`);
      return fallback;
    }
    return value;
  };
  const settings = {
    firstResponseWorkingDays: days('IA_LEAD_FIRST_RESPONSE_WORKING_DAYS', DEFAULT_TIMELINESS.firstResponseWorkingDays),
    assessmentWorkingDays: days('IA_LEAD_ASSESSMENT_WORKING_DAYS', DEFAULT_TIMELINESS.assessmentWorkingDays),
  };
  if (problems.length > 0) throw new ConfigurationError(problems);
  return settings;
}
