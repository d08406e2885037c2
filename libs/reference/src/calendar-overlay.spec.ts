import { overlayCalendar } from './calendar-overlay';
import { seedCalendarData } from './calendar-seed';

const SPRING_FESTIVAL_2027 = ['2027-02-06', '2027-02-07', '2027-02-08', '2027-02-09', '2027-02-10', '2027-02-11', '2027-02-12'];

describe('the seed overlaid with published years', () => {
  it('adds a year the seed lacks, so its dates stop being provisional', () => {
    const { calendar, sources } = overlayCalendar(seedCalendarData(), [
      { year: 2027, holidays: ['2027-01-01', ...SPRING_FESTIVAL_2027], adjustedWorkdays: ['2027-02-13'] },
    ]);
    expect(sources[2027]).toBe('published');
    expect(sources[2026]).toBe('seed');
    expect(calendar.isWorkingDay('2027-02-08')).toBe(false);
    expect(calendar.isWorkingDay('2027-02-13')).toBe(true);
    expect(calendar.addWorkingDays('2027-02-05', 1)).toEqual({ date: '2027-02-13', provisional: false });
  });

  it('lets a later publication of a year replace the earlier one and the seed', () => {
    const { calendar, data } = overlayCalendar(seedCalendarData(), [
      { year: 2026, holidays: ['2026-01-01'], adjustedWorkdays: [] },
      { year: 2026, holidays: ['2026-10-01'], adjustedWorkdays: [] },
    ]);
    expect(data.years[2026]).toEqual({ holidays: ['2026-10-01'], adjustedWorkdays: [] });
    expect(calendar.isWorkingDay('2026-01-01')).toBe(true);
    expect(calendar.isWorkingDay('2026-10-01')).toBe(false);
    expect(calendar.isWorkingDay('2026-10-02')).toBe(true);
  });

  it('is the seed alone when nothing was published', () => {
    const { calendar, sources } = overlayCalendar(seedCalendarData(), []);
    expect(Object.values(sources).every((source) => source === 'seed')).toBe(true);
    expect(calendar.hasYear(2027)).toBe(false);
  });
});
