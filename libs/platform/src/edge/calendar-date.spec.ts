import { businessDateOf, occurredAtOf } from './calendar-date';

describe('business dates at the edge', () => {
  const now = new Date('2026-03-02T17:30:00.000Z');

  it('reads today in China Standard Time, a day ahead of UTC in the evening', () => {
    expect(businessDateOf(now)).toBe('2026-03-03');
  });

  it('dates a fact of an earlier day at the start of that day in China', () => {
    expect(occurredAtOf('2026-02-27', now)).toBe('2026-02-26T16:00:00.000Z');
  });

  it('dates a fact of today, or a date the domain will refuse as future, at the moment it was entered', () => {
    expect(occurredAtOf('2026-03-03', now)).toBe(now.toISOString());
    expect(occurredAtOf('2026-03-09', now)).toBe(now.toISOString());
  });
});
