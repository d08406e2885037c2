import { BUSINESS_REGISTRATION, calendar, FILING, opened, spec } from '../test-support/fixtures';
import { itemClock } from './clock';
import type { ApprovalItemEvent } from './events';
import type { ApprovalItem } from './state';

const FIVE_DAYS = { ...FILING, timeLimitDays: 5 };
const item = (events: readonly ApprovalItemEvent[]) => spec.given(events).state() as ApprovalItem;
const acceptedOn = (date: string, limit = FIVE_DAYS): ApprovalItemEvent[] => [
  opened(limit, date),
  { type: 'ItemAccepted', data: { acceptedOn: date } },
];
const suspendedOn = (date: string): ApprovalItemEvent => ({
  type: 'ItemSuspended',
  data: { suspendedOn: date, missedPromises: [], supplyBy: '2026-03-27', supplyByProvisional: false },
});
const resumedOn = (date: string, from: string): ApprovalItemEvent => ({
  type: 'ItemResumed',
  data: { resumedOn: date, suspendedOn: from },
});

describe('the clock of an item', () => {
  it('has not started before acceptance', () => {
    expect(itemClock(item([opened(FIVE_DAYS)]), calendar, '2026-03-04')).toMatchObject({
      state: 'not_started',
      remainingDays: 5,
      overdue: false,
    });
  });

  it('counts working days from acceptance: 5 from Monday 2026-03-02 is due Monday 03-09', () => {
    expect(itemClock(item(acceptedOn('2026-03-02')), calendar, '2026-03-04')).toEqual({
      state: 'running',
      limitDays: 5,
      startedOn: '2026-03-02',
      dueOn: '2026-03-09',
      provisional: false,
      pausedDays: 0,
      usedDays: 2,
      remainingDays: 3,
      overdue: false,
      overdueDays: 0,
    });
  });

  it('shows the working days overdue', () => {
    expect(itemClock(item(acceptedOn('2026-03-02')), calendar, '2026-03-11')).toMatchObject({
      overdue: true,
      overdueDays: 2,
      remainingDays: 0,
      usedDays: 7,
    });
  });

  it('pauses while suspended and pushes the deadline back by the working days paused', () => {
    const paused = item([...acceptedOn('2026-03-02'), suspendedOn('2026-03-04')]);
    expect(itemClock(paused, calendar, '2026-03-06')).toMatchObject({
      state: 'paused',
      pausedDays: 2,
      usedDays: 2,
      dueOn: '2026-03-11',
      remainingDays: 3,
    });
  });

  it('runs again after resuming, keeping the paused days off the count', () => {
    const resumed = item([...acceptedOn('2026-03-02'), suspendedOn('2026-03-04'), resumedOn('2026-03-06', '2026-03-04')]);
    expect(itemClock(resumed, calendar, '2026-03-10')).toMatchObject({
      state: 'running',
      pausedDays: 2,
      usedDays: 4,
      dueOn: '2026-03-11',
      remainingDays: 1,
      overdue: false,
    });
  });

  it('skips National Day 2026: one working day after 09-30 is 10-08', () => {
    expect(itemClock(item(acceptedOn('2026-09-30', { ...FILING, timeLimitDays: 1 })), calendar, '2026-10-02')).toMatchObject({
      dueOn: '2026-10-08',
      remainingDays: 1,
    });
  });

  it('counts the adjusted Saturday 2026-02-14 as a working day', () => {
    expect(itemClock(item(acceptedOn('2026-02-13', { ...FILING, timeLimitDays: 1 })), calendar, '2026-02-13')).toMatchObject({
      dueOn: '2026-02-14',
      remainingDays: 1,
    });
  });

  it('marks a deadline in 2027, a year without a published schedule, as provisional', () => {
    expect(itemClock(item(acceptedOn('2026-12-28')), calendar, '2026-12-28')).toMatchObject({ dueOn: '2027-01-04', provisional: true });
    expect(itemClock(item(acceptedOn('2026-12-14')), calendar, '2026-12-14')).toMatchObject({ dueOn: '2026-12-21', provisional: false });
  });

  it('keeps a deadline fixed at opening, and stops when the item closes', () => {
    const registration = [opened(BUSINESS_REGISTRATION, '2026-03-02', '2026-03-02')];
    expect(itemClock(item(registration), calendar, '2026-03-02')).toMatchObject({
      state: 'running',
      startedOn: '2026-03-02',
      dueOn: '2026-03-02',
      remainingDays: 0,
      overdue: false,
    });
    expect(itemClock(item(registration), calendar, '2026-03-03')).toMatchObject({ overdue: true, overdueDays: 1 });
    const granted: ApprovalItemEvent = {
      type: 'ItemGranted',
      data: {
        itemId: 'i',
        projectId: 'p',
        itemCode: 'business_registration',
        stage: 'on_signing',
        grantedOn: '2026-03-02',
        licenceNumber: '91430100MA4L000001',
      },
    };
    expect(itemClock(item([...registration, granted]), calendar, '2026-03-20')).toMatchObject({
      state: 'stopped',
      usedDays: 0,
      overdue: false,
      overdueDays: 0,
    });
  });
});
