import { overlayCalendar, seedCalendarData } from '@ia/reference';
import { newEvent } from '@ia/testing';
import type { RecordedEvent } from '@ia/kernel';
import { publishedCalendarStream, publishedCalendarYears } from './published-calendar';

const SPRING_FESTIVAL_2027 = ['2027-02-06', '2027-02-07', '2027-02-08', '2027-02-09', '2027-02-10', '2027-02-11', '2027-02-12'];
let position = 0;
const published = (data: unknown, streamName = publishedCalendarStream(2027)): RecordedEvent => {
  position += 1;
  const event = newEvent('CalendarYearPublished', data);
  return {
    ...event,
    streamName,
    revision: position,
    position,
    recordedAt: '2026-11-22T02:00:00.000Z',
    metadata: { ...event.metadata, previousHash: '', hash: '' },
  };
};

describe('the years approvals published, as project history reads them', () => {
  it('keeps the latest publication of each year, in year order', () => {
    const years = publishedCalendarYears([
      published({ year: 2027, holidays: ['2027-01-01'], adjustedWorkdays: [] }),
      published({ year: 2026, holidays: ['2026-10-01'], adjustedWorkdays: ['2026-10-10'] }, publishedCalendarStream(2026)),
      published({ year: 2027, holidays: ['2027-01-01', ...SPRING_FESTIVAL_2027], adjustedWorkdays: ['2027-02-13'] }),
    ]);
    expect(years).toEqual([
      { year: 2026, holidays: ['2026-10-01'], adjustedWorkdays: ['2026-10-10'] },
      { year: 2027, holidays: ['2027-01-01', ...SPRING_FESTIVAL_2027], adjustedWorkdays: ['2027-02-13'] },
    ]);
  });

  it('checks what it reads: dates of another year, impossible dates and a day both off and worked are left out', () => {
    const years = publishedCalendarYears([
      published({ year: 2027, holidays: ['2027-01-01', '2028-01-01', '2027-02-30', 7], adjustedWorkdays: ['2027-01-01', '2027-02-13'] }),
      published({ year: 'next', holidays: [] }),
    ]);
    expect(years).toEqual([{ year: 2027, holidays: ['2027-01-01'], adjustedWorkdays: ['2027-02-13'] }]);
  });

  it('lays the published years over the seed, so a published holiday is no working day', () => {
    const calendar = overlayCalendar(
      seedCalendarData(),
      publishedCalendarYears([published({ year: 2027, holidays: SPRING_FESTIVAL_2027, adjustedWorkdays: ['2027-02-13'] })]),
    ).calendar;
    expect(calendar.workingDaysBetween('2027-02-05', '2027-02-18')).toEqual({ days: 5, provisional: false });
  });
});
