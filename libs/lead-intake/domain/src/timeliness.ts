import type { WorkingCalendar } from '@ia/reference';
import type { LeadStatus } from './lead/values';

/** How many working days a park allows for each step; one city's rules give 1 and 3. */
export interface TimelinessSettings {
  readonly firstResponseWorkingDays: number;
  readonly assessmentWorkingDays: number;
}

export const DEFAULT_TIMELINESS: TimelinessSettings = { firstResponseWorkingDays: 1, assessmentWorkingDays: 3 };

export type OverdueStep = 'first_response' | 'assessment';

export interface TimelinessFacts {
  readonly status: LeadStatus;
  readonly registeredOn: string;
  readonly firstRespondedOn?: string;
  readonly screenedOn?: string;
}

export interface Timeliness {
  readonly firstResponseDueOn: string;
  readonly assessmentDueOn: string;
  /** Steps still outstanding after their due date; only an open lead runs against the clock. */
  readonly overdue: readonly OverdueStep[];
  /** A due date lies in a year whose holiday schedule is not published yet and may move. */
  readonly provisional: boolean;
}

export function timelinessOf(lead: TimelinessFacts, today: string, calendar: WorkingCalendar, settings: TimelinessSettings): Timeliness {
  const firstResponse = calendar.addWorkingDays(lead.registeredOn, settings.firstResponseWorkingDays);
  const assessment = calendar.addWorkingDays(lead.registeredOn, settings.assessmentWorkingDays);
  const running = lead.status === 'open';
  const overdue: OverdueStep[] = [];
  if (running && lead.firstRespondedOn === undefined && today > firstResponse.date) overdue.push('first_response');
  if (running && lead.screenedOn === undefined && today > assessment.date) overdue.push('assessment');
  return {
    firstResponseDueOn: firstResponse.date,
    assessmentDueOn: assessment.date,
    overdue,
    provisional: firstResponse.provisional || assessment.provisional,
  };
}
