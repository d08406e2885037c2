const CHINA_OFFSET_MILLISECONDS = 8 * 60 * 60 * 1000;

/** The next instant after `now` whose time of day in China Standard Time is `at` (HH:MM). */
export function nextBackupAfter(now: Date, at: string): Date {
  const [hours, minutes] = at.split(':').map(Number) as [number, number];
  const local = new Date(now.getTime() + CHINA_OFFSET_MILLISECONDS);
  local.setUTCHours(hours, minutes, 0, 0);
  let next = local.getTime() - CHINA_OFFSET_MILLISECONDS;
  if (next <= now.getTime()) next += 24 * 60 * 60 * 1000;
  return new Date(next);
}

/** A folder name that sorts by time and says when: ia-backup-20260302T183000Z. */
export function backupFolderName(takenAt: Date): string {
  return `ia-backup-${takenAt
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '')}`;
}
