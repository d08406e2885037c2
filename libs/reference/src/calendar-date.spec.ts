import { addCalendarDays, calendarDaysBetween, fromDayNumber, isCalendarDate, toDayNumber, weekdayOf, yearOf } from './calendar-date';

describe('calendar dates (YYYY-MM-DD)', () => {
  it('recognises real dates only', () => {
    expect(isCalendarDate('2026-10-01')).toBe(true);
    expect(isCalendarDate('2028-02-29')).toBe(true);
    expect(isCalendarDate('2026-02-29')).toBe(false);
    expect(isCalendarDate('2026-13-01')).toBe(false);
    expect(isCalendarDate('2026-1-1')).toBe(false);
    expect(isCalendarDate('2026-10-01T00:00:00Z')).toBe(false);
    expect(isCalendarDate('')).toBe(false);
  });

  it('numbers days from 1970-01-01 and back', () => {
    expect(toDayNumber('1970-01-01')).toBe(0);
    expect(toDayNumber('2026-10-01')).toBe(20_727);
    expect(fromDayNumber(20_727)).toBe('2026-10-01');
    expect(fromDayNumber(-1)).toBe('1969-12-31');
  });

  it('refuses to number something that is not a date', () => {
    expect(() => toDayNumber('2026-02-30')).toThrow(RangeError);
  });

  it('adds calendar days across months, years and a leap day', () => {
    expect(addCalendarDays('2026-09-30', 1)).toBe('2026-10-01');
    expect(addCalendarDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addCalendarDays('2028-03-01', -1)).toBe('2028-02-29');
    expect(addCalendarDays('2026-10-01', 0)).toBe('2026-10-01');
  });

  it('counts calendar days between two dates, e.g. land delivery to start of work', () => {
    expect(calendarDaysBetween('2026-03-02', '2026-06-28')).toBe(118);
    expect(calendarDaysBetween('2026-06-28', '2026-03-02')).toBe(-118);
    expect(calendarDaysBetween('2026-10-01', '2026-10-01')).toBe(0);
  });

  it('knows the weekday: 2026-10-01 is a Thursday, 2026-10-10 a Saturday, 2026-09-20 a Sunday', () => {
    expect(weekdayOf('2026-10-01')).toBe(4);
    expect(weekdayOf('2026-10-10')).toBe(6);
    expect(weekdayOf('2026-09-20')).toBe(0);
    expect(weekdayOf('1969-12-28')).toBe(0);
  });

  it('reads the year of a date', () => {
    expect(yearOf('2027-01-01')).toBe(2027);
    expect(() => yearOf('2027-00-01')).toThrow(RangeError);
  });
});
