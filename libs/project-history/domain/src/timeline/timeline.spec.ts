import type { HistoryEntry } from '../history';
import { displayWidth, formatTimeline } from './table';
import { businessDateOf, toTimeline } from './timeline';

const entry = (position: number, type: string, data: object, occurredAt: string, zh: string): HistoryEntry => ({
  eventId: String(position),
  type,
  schemaVersion: 1,
  service: 'construction',
  streamName: 'construction-1',
  revision: position,
  position,
  occurredAt,
  recordedAt: '2026-11-20T02:00:00.000Z',
  actor: { id: 'leader-zhang', role: 'leader' },
  description: { zh, en: type },
  lateEntry: true,
  data,
});

describe('a project’s timeline', () => {
  it('dates each fact by the day it names, a monthly report by the day after its month, else by its business time in China', () => {
    expect(
      businessDateOf(entry(1, 'WorkStarted', { landDeliveredOn: '2025-05-20', startedOn: '2025-05-21' }, '2026-11-20T02:00:00.000Z', '')),
    ).toBe('2025-05-21');
    expect(
      businessDateOf(
        entry(4, 'ConstructionCompleted', { startedOn: '2025-05-21', completedOn: '2025-11-05' }, '2026-11-20T02:00:00.000Z', ''),
      ),
    ).toBe('2025-11-05');
    expect(
      businessDateOf(entry(5, 'ItemResumed', { resumedOn: '2025-03-12', suspendedOn: '2025-03-10' }, '2026-11-20T02:00:00.000Z', '')),
    ).toBe('2025-03-12');
    expect(businessDateOf(entry(2, 'MonthReported', { month: '2025-12' }, '2026-11-20T02:00:00.000Z', ''))).toBe('2026-01-01');
    expect(businessDateOf(entry(3, 'PromoterAssigned', {}, '2025-03-01T17:00:00.000Z', ''))).toBe('2025-03-02');
  });

  it('orders by business date, then by the order recorded, and lines up Chinese text in columns', () => {
    const rows = toTimeline([
      entry(1, 'ConstructionCompleted', { completedOn: '2025-12-20' }, '2026-11-20T02:00:00.000Z', '竣工'),
      entry(2, 'WorkStarted', { startedOn: '2025-05-20' }, '2026-11-20T02:00:00.000Z', '开工'),
      entry(3, 'MilestoneReached', { reachedOn: '2025-05-20' }, '2026-11-20T02:00:00.000Z', '达到建设节点'),
    ]);
    expect(rows.map((row) => [row.businessDate, row.description])).toEqual([
      ['2025-05-20', '开工'],
      ['2025-05-20', '达到建设节点'],
      ['2025-12-20', '竣工'],
    ]);
    const lines = formatTimeline(rows).split('\n');
    expect(lines).toHaveLength(5);
    expect(lines[2]).toBe('2025-05-20     construction  开工          leader-zhang');
    expect(displayWidth(lines[3]!.slice(0, lines[3]!.indexOf('leader')))).toBe(
      displayWidth(lines[2]!.slice(0, lines[2]!.indexOf('leader'))),
    );
  });
});
