import { ConfigurationError } from '@ia/platform';
import { loadLeadTimeliness } from './settings';

describe('lead timeliness settings', () => {
  it('default to 1 working day to respond and 3 to assess', () => {
    expect(loadLeadTimeliness({})).toEqual({ firstResponseWorkingDays: 1, assessmentWorkingDays: 3 });
  });

  it('come from the environment', () => {
    expect(loadLeadTimeliness({ IA_LEAD_FIRST_RESPONSE_WORKING_DAYS: '2', IA_LEAD_ASSESSMENT_WORKING_DAYS: '5' })).toEqual({
      firstResponseWorkingDays: 2,
      assessmentWorkingDays: 5,
    });
  });

  it('stop the service on a wrong value, naming the variable', () => {
    expect(() => loadLeadTimeliness({ IA_LEAD_ASSESSMENT_WORKING_DAYS: 'three' })).toThrow(ConfigurationError);
    expect(() => loadLeadTimeliness({ IA_LEAD_FIRST_RESPONSE_WORKING_DAYS: '61' })).toThrow(/IA_LEAD_FIRST_RESPONSE_WORKING_DAYS/);
  });
});
