import { seedCalendarData } from './calendar-seed';
import { weekdayOf } from './calendar-date';
import { createWorkingCalendar } from './working-days';

describe('calendar seed from chinese-days', () => {
  const data = seedCalendarData();
  const years = Object.keys(data.years).map(Number);

  it('covers every year from 2004 to 2026 without a gap', () => {
    expect(Math.min(...years)).toBe(2004);
    expect(Math.max(...years)).toBeGreaterThanOrEqual(2026);
    expect(years).toHaveLength(Math.max(...years) - 2004 + 1);
  });

  it('holds the 2026 schedule of the State Council', () => {
    expect(data.years[2026]?.adjustedWorkdays).toEqual([
      '2026-01-04',
      '2026-02-14',
      '2026-02-28',
      '2026-05-09',
      '2026-09-20',
      '2026-10-10',
    ]);
    expect(data.years[2026]?.holidays).toEqual(
      expect.arrayContaining(['2026-01-01', '2026-02-17', '2026-05-01', '2026-06-19', '2026-09-25', '2026-10-01']),
    );
  });

  it('holds the 2025 schedule, with New Year on one day and eight days around 2025-10-01', () => {
    expect(data.years[2025]?.adjustedWorkdays).toEqual(['2025-01-26', '2025-02-08', '2025-04-27', '2025-09-28', '2025-10-11']);
    expect(data.years[2025]?.holidays).toEqual(expect.arrayContaining(['2025-01-01', '2025-10-08']));
    expect(data.years[2025]?.holidays).not.toContain('2025-01-02');
  });

  it('lists as adjusted working days only Saturdays and Sundays', () => {
    for (const year of Object.values(data.years)) {
      for (const date of year.adjustedWorkdays) expect([0, 6]).toContain(weekdayOf(date));
    }
  });

  it('is data a working calendar accepts: real dates, each in its year, none both off and worked', () => {
    expect(() => createWorkingCalendar(data)).not.toThrow();
  });

  it('gives a new copy each time, so a caller may amend it', () => {
    expect(seedCalendarData()).not.toBe(data);
    expect(seedCalendarData()).toEqual(data);
  });
});
