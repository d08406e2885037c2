import { backupFolderName, nextBackupAfter } from './backup-times';

describe('when the daily backup runs', () => {
  it('takes the time of day in China Standard Time, later today or else tomorrow', () => {
    // 01:00 in Beijing: 02:30 is still ahead today.
    expect(nextBackupAfter(new Date('2026-03-01T17:00:00Z'), '02:30').toISOString()).toBe('2026-03-01T18:30:00.000Z');
    // 03:00 in Beijing: tomorrow's 02:30.
    expect(nextBackupAfter(new Date('2026-03-01T19:00:00Z'), '02:30').toISOString()).toBe('2026-03-02T18:30:00.000Z');
    // Exactly at the time: the next one, a day later, so a backup never runs twice at once.
    expect(nextBackupAfter(new Date('2026-03-01T18:30:00Z'), '02:30').toISOString()).toBe('2026-03-02T18:30:00.000Z');
    expect(nextBackupAfter(new Date('2026-03-01T15:59:00Z'), '00:00').toISOString()).toBe('2026-03-01T16:00:00.000Z');
  });

  it('names a backup folder by its instant so that names sort by time', () => {
    expect(backupFolderName(new Date('2026-03-02T18:30:05.123Z'))).toBe('ia-backup-20260302T183005Z');
  });
});
