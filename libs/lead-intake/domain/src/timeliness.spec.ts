import { createWorkingCalendar, seedCalendarData } from '@ia/reference';
import { DEFAULT_TIMELINESS, timelinessOf } from './timeliness';

const calendar = createWorkingCalendar(seedCalendarData());

describe('lead timeliness on the working-day calendar', () => {
  it('counts the adjusted Saturday before the Spring Festival and skips the holiday', () => {
    const timeliness = timelinessOf({ status: 'open', registeredOn: '2026-02-13' }, '2026-02-14', calendar, DEFAULT_TIMELINESS);
    expect(timeliness).toEqual({ firstResponseDueOn: '2026-02-14', assessmentDueOn: '2026-02-25', overdue: [], provisional: false });
  });

  it('flags a step outstanding after its due date', () => {
    expect(timelinessOf({ status: 'open', registeredOn: '2026-02-13' }, '2026-02-24', calendar, DEFAULT_TIMELINESS).overdue).toEqual([
      'first_response',
    ]);
    expect(timelinessOf({ status: 'open', registeredOn: '2026-02-13' }, '2026-02-26', calendar, DEFAULT_TIMELINESS).overdue).toEqual([
      'first_response',
      'assessment',
    ]);
  });

  it('does not flag steps done, nor leads that are not open', () => {
    const done = { status: 'open', registeredOn: '2026-04-30', firstRespondedOn: '2026-05-08', screenedOn: '2026-05-11' } as const;
    expect(timelinessOf(done, '2026-06-01', calendar, DEFAULT_TIMELINESS).overdue).toEqual([]);
    expect(timelinessOf({ status: 'on_hold', registeredOn: '2026-04-30' }, '2026-06-01', calendar, DEFAULT_TIMELINESS).overdue).toEqual([]);
  });

  it('takes the allowances from the settings and skips Labour Day', () => {
    const timeliness = timelinessOf({ status: 'open', registeredOn: '2026-04-30' }, '2026-05-06', calendar, {
      firstResponseWorkingDays: 1,
      assessmentWorkingDays: 5,
    });
    expect(timeliness).toMatchObject({ firstResponseDueOn: '2026-05-06', assessmentDueOn: '2026-05-11', overdue: [] });
  });

  it('marks due dates in a year without a published schedule as provisional', () => {
    expect(timelinessOf({ status: 'open', registeredOn: '2026-12-30' }, '2026-12-30', calendar, DEFAULT_TIMELINESS)).toMatchObject({
      assessmentDueOn: '2027-01-04',
      provisional: true,
    });
  });
});
