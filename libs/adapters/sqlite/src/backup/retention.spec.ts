import { backupsToKeep } from './retention';

const at = (instant: string) => ({ name: `b-${instant}`, takenAt: instant });

describe('backup retention: keep N daily and M monthly', () => {
  it('keeps the newest of each of the last N days, counted in China Standard Time', () => {
    const backups = [
      at('2026-03-01T18:00:00.000Z'), // 2 March 02:00 in Beijing
      at('2026-03-02T15:00:00.000Z'), // 2 March 23:00
      at('2026-03-02T17:00:00.000Z'), // 3 March 01:00: same Beijing day as the next
      at('2026-03-02T18:30:00.000Z'), // 3 March 02:30
    ];
    const kept = backupsToKeep(backups, { daily: 2, monthly: 0 });
    expect([...kept].sort()).toEqual(['b-2026-03-02T15:00:00.000Z', 'b-2026-03-02T18:30:00.000Z']);
  });

  it('keeps the newest of each of the last M months beside the dailies, and drops the rest', () => {
    const backups = ['2025-12-31', '2026-01-15', '2026-01-31', '2026-02-10', '2026-02-27', '2026-03-01', '2026-03-02'].map((day) =>
      at(`${day}T03:00:00.000Z`),
    );
    const kept = backupsToKeep(backups, { daily: 2, monthly: 3 });
    expect([...kept].sort()).toEqual([
      'b-2026-01-31T03:00:00.000Z',
      'b-2026-02-27T03:00:00.000Z',
      'b-2026-03-01T03:00:00.000Z',
      'b-2026-03-02T03:00:00.000Z',
    ]);
  });

  it('always keeps the newest backup, even with nothing to retain', () => {
    expect([...backupsToKeep([at('2026-03-01T03:00:00.000Z'), at('2026-03-02T03:00:00.000Z')], { daily: 0, monthly: 0 })]).toEqual([
      'b-2026-03-02T03:00:00.000Z',
    ]);
    expect(backupsToKeep([], { daily: 3, monthly: 3 }).size).toBe(0);
  });
});
