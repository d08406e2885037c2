import { seedCalendarData } from '@ia/reference';
import { deciderSpec } from '@ia/testing';
import { calendarDecider, type PublishedYear } from './decider';
import type { CalendarEvent } from './events';
import { effectiveCalendar } from './effective-calendar';

const spec = deciderSpec(calendarDecider);
/** The 2027 schedule as an admin would type it: New Year, Spring Festival with its two adjusted Sundays and Saturday, National Day. */
const HOLIDAYS_2027 = [
  '2027-01-01',
  '2027-02-06',
  '2027-02-07',
  '2027-02-08',
  '2027-02-09',
  '2027-02-10',
  '2027-02-11',
  '2027-02-12',
  '2027-10-01',
  '2027-10-04',
];
const WORKDAYS_2027 = ['2027-02-13', '2027-10-09'];
const publish = (holidays: readonly string[] = HOLIDAYS_2027, adjustedWorkdays: readonly string[] = WORKDAYS_2027, year = 2027) =>
  ({ type: 'PublishYear', data: { year, holidays, adjustedWorkdays } }) as const;
const published: CalendarEvent = {
  type: 'CalendarYearPublished',
  data: { year: 2027, holidays: HOLIDAYS_2027, adjustedWorkdays: WORKDAYS_2027 },
};

describe('the working calendar', () => {
  describe('from the seed (chinese-days, 2004–2026)', () => {
    const { calendar, sources } = effectiveCalendar(seedCalendarData(), []);

    it('counts the adjusted Saturdays of 2026 as working days: 02-14, 02-28 and 10-10', () => {
      expect(['2026-02-14', '2026-02-28', '2026-10-10'].map((date) => calendar.isWorkingDay(date))).toEqual([true, true, true]);
    });

    it('does not count National Day, Thursday 2026-10-01', () => {
      expect(calendar.isWorkingDay('2026-10-01')).toBe(false);
    });

    it('makes a count into 2027 provisional, and names where each year comes from', () => {
      expect(calendar.addWorkingDays('2026-12-31', 1)).toEqual({ date: '2027-01-01', provisional: true });
      expect(calendar.nextWorkingDay('2027-03-01')).toEqual({ date: '2027-03-01', provisional: true });
      expect(sources[2026]).toBe('seed');
      expect(sources[2027]).toBeUndefined();
    });
  });

  describe('PublishYear', () => {
    it('publishes a year the dataset lacks, sorted and without duplicates', () => {
      spec
        .given([])
        .when(publish([...HOLIDAYS_2027].reverse().concat('2027-01-01')))
        .then([published]);
    });

    it('makes 2027 dates final and follows its holidays and adjusted days once published', () => {
      const year = spec.given([published]).state();
      const { calendar, sources } = effectiveCalendar(seedCalendarData(), [year]);
      expect(sources[2027]).toBe('published');
      expect(calendar.isWorkingDay('2027-01-01')).toBe(false);
      expect(calendar.isWorkingDay('2027-02-13')).toBe(true);
      expect(calendar.addWorkingDays('2026-12-31', 1)).toEqual({ date: '2027-01-04', provisional: false });
    });

    it('revises a published year, and ignores a publication that changes nothing', () => {
      spec.given([published]).when(publish(HOLIDAYS_2027, WORKDAYS_2027)).then([]);
      const revised = spec
        .given([published])
        .when(publish([...HOLIDAYS_2027, '2027-10-05']))
        .events();
      expect(spec.given([published, ...revised]).state()).toMatchObject<Partial<PublishedYear>>({
        revision: 2,
        holidays: [...HOLIDAYS_2027, '2027-10-05'],
      });
    });

    it('overrides the seed for a year the admin corrects', () => {
      const corrected = spec
        .given([])
        .when(publish(['2026-01-01'], [], 2026))
        .events();
      const { calendar, sources } = effectiveCalendar(seedCalendarData(), [spec.given(corrected).state()]);
      expect(sources[2026]).toBe('published');
      expect(calendar.isWorkingDay('2026-10-01')).toBe(true);
    });

    it('refuses a weekday as an adjusted working day', () => {
      spec
        .given([])
        .when(publish(HOLIDAYS_2027, ['2027-02-15']))
        .thenThrows('CALENDAR.ADJUSTED_WORKDAY_NOT_WEEKEND');
    });

    it('refuses a date of another year, an impossible date, a date listed twice and an empty year', () => {
      spec
        .given([])
        .when(publish([...HOLIDAYS_2027, '2028-01-01']))
        .thenThrows('CALENDAR.DATE_OUTSIDE_YEAR');
      spec
        .given([])
        .when(publish([...HOLIDAYS_2027, '2027-02-30']))
        .thenThrows('CALENDAR.INVALID_DATE');
      spec
        .given([])
        .when(publish(HOLIDAYS_2027, ['2027-02-06']))
        .thenThrows('CALENDAR.HOLIDAY_AND_WORKDAY');
      spec.given([]).when(publish([], [])).thenThrows('CALENDAR.NO_HOLIDAYS');
    });
  });
});
