import { createMemoryReadModelStore } from '@ia/adapters/memory';
import { overlayCalendar, seedCalendarData } from '@ia/reference';
import { deciderSpec } from '@ia/testing';
import { onWorkingCalendarPublished } from '../policies/on-calendar-published';
import { CALENDAR_YEARS_COLLECTION, workingCalendarProjection } from '../projections/working-calendar-projection';
import { recorded } from '../test-support/fixtures';
import { DEFAULT_TIMELINESS, timelinessOf } from '../timeliness';
import { workingCalendarAggregate, workingCalendarStream, type AdoptedCalendarYear, type WorkingCalendarEvent } from './working-calendar';

const spec = deciderSpec(workingCalendarAggregate.decider);
/** New Year and the 2027 Spring Festival (Saturday 02-06 to Friday 02-12), with Saturday 02-13 worked. */
const YEAR_2027: AdoptedCalendarYear = {
  year: 2027,
  revision: 0,
  holidays: ['2027-01-01', '2027-02-06', '2027-02-07', '2027-02-08', '2027-02-09', '2027-02-10', '2027-02-11', '2027-02-12'],
  adjustedWorkdays: ['2027-02-13'],
};
const adopted = (year: AdoptedCalendarYear = YEAR_2027): WorkingCalendarEvent => ({ type: 'WorkingCalendarAdopted', data: year });
const published = (changes: Partial<AdoptedCalendarYear> = {}) => onWorkingCalendarPublished({ ...YEAR_2027, ...changes });

describe('the working calendar lead intake adopts', () => {
  it('adopts a year approvals published', () => {
    spec.given([]).when(published()).then([adopted()]);
  });

  it('adopts a later publication of the year, and nothing for the same or an older one', () => {
    const corrected = { ...YEAR_2027, revision: 1, holidays: [...YEAR_2027.holidays, '2027-10-01'] };
    spec
      .given([adopted()])
      .when(published(corrected))
      .then([adopted(corrected)]);
    spec.given([adopted()]).when(published()).then([]);
    spec
      .given([adopted(corrected)])
      .when(published())
      .then([]);
  });

  it('refuses a date of another year and a day both off and worked', () => {
    spec
      .given([])
      .when(published({ holidays: ['2028-01-01'] }))
      .thenThrows('CALENDAR.DATE_OUTSIDE_YEAR');
    spec
      .given([])
      .when(published({ adjustedWorkdays: ['2027-02-08'] }))
      .thenThrows('CALENDAR.HOLIDAY_AND_WORKDAY');
  });

  it('keeps the latest adopted publication of each year, whatever the order the events are applied in', async () => {
    const readModels = createMemoryReadModelStore();
    const corrected = { ...YEAR_2027, revision: 1, holidays: ['2027-01-01'] };
    const at = (year: AdoptedCalendarYear, revision: number) =>
      recorded('WorkingCalendarAdopted', year, { streamName: workingCalendarStream(2027), revision, position: revision + 1 });
    await workingCalendarProjection.apply(at(YEAR_2027, 0), readModels);
    await workingCalendarProjection.apply(at(corrected, 1), readModels);
    await workingCalendarProjection.apply(at(YEAR_2027, 0), readModels);
    await workingCalendarProjection.apply(recorded('WorkingCalendarAdopted', YEAR_2027, { streamName: 'lead-x' }), readModels);
    expect(await readModels.list(CALENDAR_YEARS_COLLECTION)).toEqual([corrected]);
  });

  it('makes a lead registered before the 2027 Spring Festival due after it, and final', () => {
    const seedOnly = overlayCalendar(seedCalendarData(), []).calendar;
    const withYear = overlayCalendar(seedCalendarData(), [YEAR_2027]).calendar;
    const lead = { status: 'open', registeredOn: '2027-02-05' } as const;
    expect(timelinessOf(lead, '2027-02-05', seedOnly, DEFAULT_TIMELINESS)).toMatchObject({
      firstResponseDueOn: '2027-02-08',
      provisional: true,
    });
    expect(timelinessOf(lead, '2027-02-05', withYear, DEFAULT_TIMELINESS)).toEqual({
      firstResponseDueOn: '2027-02-13',
      assessmentDueOn: '2027-02-16',
      overdue: [],
      provisional: false,
    });
  });
});
