import { seedCalendarData } from './calendar-seed';
import { createWorkingCalendar, type CalendarData, type CalendarYear } from './working-days';

/** The calendar as a park has it in 2026: the published schedules up to 2026, nothing yet for 2027. */
function publishedUpTo2026(): CalendarData {
  const { years } = seedCalendarData();
  const year = (number: number): CalendarYear => {
    const found = years[number];
    if (found === undefined) throw new Error(`chinese-days lacks ${number}`);
    return found;
  };
  return { years: { 2025: year(2025), 2026: year(2026) } };
}

describe('working-day calendar', () => {
  const calendar = createWorkingCalendar(publishedUpTo2026());

  describe('isWorkingDay', () => {
    it('is false on National Day 2026-10-01, a Thursday, and the whole holiday to 10-07', () => {
      for (const date of ['2026-10-01', '2026-10-02', '2026-10-05', '2026-10-06', '2026-10-07']) {
        expect(calendar.isWorkingDay(date)).toBe(false);
      }
    });

    it('is true on the Saturdays worked in 2026 (调休): 02-14, 02-28, 05-09 and 10-10', () => {
      for (const date of ['2026-02-14', '2026-02-28', '2026-05-09', '2026-10-10']) {
        expect(calendar.isWorkingDay(date)).toBe(true);
      }
    });

    it('is true on Sunday 2026-09-20, worked before National Day', () => {
      expect(calendar.isWorkingDay('2026-09-20')).toBe(true);
    });

    it('follows the week otherwise: Wednesday 2026-09-30 is worked, Saturday 2026-10-17 is not', () => {
      expect(calendar.isWorkingDay('2026-09-30')).toBe(true);
      expect(calendar.isWorkingDay('2026-10-17')).toBe(false);
      expect(calendar.isWorkingDay('2026-10-18')).toBe(false);
    });

    it('assumes Monday to Friday in a year without data, even on what will be New Year 2027', () => {
      expect(calendar.isWorkingDay('2027-01-01')).toBe(true);
      expect(calendar.isWorkingDay('2027-01-02')).toBe(false);
    });
  });

  describe('addWorkingDays', () => {
    it('steps over National Day 2026: one working day after 09-30 is 10-08', () => {
      expect(calendar.addWorkingDays('2026-09-30', 1)).toEqual({ date: '2026-10-08', provisional: false });
    });

    it('counts the Saturday 10-10 worked after National Day', () => {
      expect(calendar.addWorkingDays('2026-09-30', 3)).toEqual({ date: '2026-10-10', provisional: false });
      expect(calendar.addWorkingDays('2026-09-30', 4)).toEqual({ date: '2026-10-12', provisional: false });
    });

    it('gives a 5-working-day permit applied for on Monday 2026-09-28 the deadline 2026-10-10', () => {
      expect(calendar.addWorkingDays('2026-09-28', 5)).toEqual({ date: '2026-10-10', provisional: false });
    });

    it('steps over the Mid-Autumn holiday and its weekend: 09-24 + 1 is 09-28', () => {
      expect(calendar.addWorkingDays('2026-09-24', 1)).toEqual({ date: '2026-09-28', provisional: false });
    });

    it('gives the date itself for 0 working days (a same-day promise), even on a holiday', () => {
      expect(calendar.addWorkingDays('2026-09-30', 0)).toEqual({ date: '2026-09-30', provisional: false });
      expect(calendar.addWorkingDays('2026-10-01', 0)).toEqual({ date: '2026-10-01', provisional: false });
    });

    it('starts counting on the day after, so an application made on a holiday gets the first working day', () => {
      expect(calendar.addWorkingDays('2026-10-03', 1)).toEqual({ date: '2026-10-08', provisional: false });
    });

    it('walks backwards for a negative number', () => {
      expect(calendar.addWorkingDays('2026-10-08', -1)).toEqual({ date: '2026-09-30', provisional: false });
      expect(calendar.addWorkingDays('2026-10-12', -2)).toEqual({ date: '2026-10-09', provisional: false });
    });

    it('is provisional once it walks into 2027, which assumes 2027-01-01 is worked', () => {
      expect(calendar.addWorkingDays('2026-12-30', 1)).toEqual({ date: '2026-12-31', provisional: false });
      expect(calendar.addWorkingDays('2026-12-30', 5)).toEqual({ date: '2027-01-06', provisional: true });
    });

    it('is provisional for a same-day deadline in 2027', () => {
      expect(calendar.addWorkingDays('2027-03-01', 0)).toEqual({ date: '2027-03-01', provisional: true });
    });

    it('refuses a number of days that is not an integer, and a malformed date', () => {
      expect(() => calendar.addWorkingDays('2026-09-30', 1.5)).toThrow(RangeError);
      expect(() => calendar.addWorkingDays('2026/09/30', 1)).toThrow(RangeError);
    });
  });

  describe('workingDaysBetween', () => {
    it('counts the working days after the first date up to and including the second', () => {
      expect(calendar.workingDaysBetween('2026-09-30', '2026-10-12')).toEqual({ days: 4, provisional: false });
      expect(calendar.workingDaysBetween('2026-09-28', '2026-10-10')).toEqual({ days: 5, provisional: false });
    });

    it('is 0 for the same day, and across a holiday with no working day in it', () => {
      expect(calendar.workingDaysBetween('2026-10-01', '2026-10-01')).toEqual({ days: 0, provisional: false });
      expect(calendar.workingDaysBetween('2026-09-30', '2026-10-07')).toEqual({ days: 0, provisional: false });
    });

    it('is negative when the second date comes first', () => {
      expect(calendar.workingDaysBetween('2026-10-12', '2026-09-30')).toEqual({ days: -4, provisional: false });
      expect(calendar.workingDaysBetween('2026-10-07', '2026-09-30')).toEqual({ days: 0, provisional: false });
    });

    it('undoes addWorkingDays for every count up to 60 from the eve of National Day', () => {
      for (let days = 0; days <= 60; days += 1) {
        const deadline = calendar.addWorkingDays('2026-09-30', days).date;
        expect(calendar.workingDaysBetween('2026-09-30', deadline).days).toBe(days);
      }
    });

    it('is provisional when either end lies in 2027', () => {
      expect(calendar.workingDaysBetween('2026-12-28', '2027-01-04')).toEqual({ days: 5, provisional: true });
      expect(calendar.workingDaysBetween('2027-01-04', '2026-12-28')).toEqual({ days: -5, provisional: true });
    });
  });

  describe('nextWorkingDay', () => {
    it('is the date itself when it is worked', () => {
      expect(calendar.nextWorkingDay('2026-09-30')).toEqual({ date: '2026-09-30', provisional: false });
      expect(calendar.nextWorkingDay('2026-10-10')).toEqual({ date: '2026-10-10', provisional: false });
    });

    it('is the first working day after a holiday', () => {
      expect(calendar.nextWorkingDay('2026-10-01')).toEqual({ date: '2026-10-08', provisional: false });
    });

    it('is provisional in 2027', () => {
      expect(calendar.nextWorkingDay('2027-01-02')).toEqual({ date: '2027-01-04', provisional: true });
    });
  });

  describe('hasYear', () => {
    it('tells the years the data holds', () => {
      expect(calendar.hasYear(2026)).toBe(true);
      expect(calendar.hasYear(2025)).toBe(true);
      expect(calendar.hasYear(2027)).toBe(false);
    });
  });
});

describe('a working calendar built from data an admin entered', () => {
  it('treats a listed year with no special days as plain Monday to Friday, and not provisional', () => {
    const calendar = createWorkingCalendar({ years: { 2030: { holidays: [], adjustedWorkdays: [] } } });
    expect(calendar.addWorkingDays('2030-01-04', 1)).toEqual({ date: '2030-01-07', provisional: false });
  });

  it('makes everything provisional when it holds no year at all', () => {
    const calendar = createWorkingCalendar({ years: {} });
    expect(calendar.hasYear(2026)).toBe(false);
    expect(calendar.isWorkingDay('2026-10-01')).toBe(true);
    expect(calendar.addWorkingDays('2026-10-01', 1)).toEqual({ date: '2026-10-02', provisional: true });
  });

  it('refuses a date listed under another year', () => {
    const data = { years: { 2026: { holidays: ['2027-01-01'], adjustedWorkdays: [] } } };
    expect(() => createWorkingCalendar(data)).toThrow(RangeError);
  });

  it('refuses a date that does not exist', () => {
    const data = { years: { 2026: { holidays: ['2026-02-30'], adjustedWorkdays: [] } } };
    expect(() => createWorkingCalendar(data)).toThrow(RangeError);
  });

  it('refuses a date listed both as a holiday and as a working day', () => {
    const data = { years: { 2026: { holidays: ['2026-10-10'], adjustedWorkdays: ['2026-10-10'] } } };
    expect(() => createWorkingCalendar(data)).toThrow(RangeError);
  });
});
