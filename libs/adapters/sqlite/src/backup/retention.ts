export interface Retention {
  /** The newest backup of each of the last N days that have one. */
  readonly daily: number;
  /** The newest backup of each of the last M months that have one. */
  readonly monthly: number;
}

export interface DatedBackup {
  readonly name: string;
  /** When it was taken, ISO-8601 UTC; days and months are counted in China Standard Time. */
  readonly takenAt: string;
}

const CHINA_OFFSET_MILLISECONDS = 8 * 60 * 60 * 1000;
const localDay = (instant: string) => new Date(Date.parse(instant) + CHINA_OFFSET_MILLISECONDS).toISOString().slice(0, 10);

/** The backups a retention of N daily and M monthly keeps; the others may be deleted. The newest is always kept. */
export function backupsToKeep(backups: readonly DatedBackup[], retention: Retention): Set<string> {
  const newestFirst = [...backups].sort((a, b) => b.takenAt.localeCompare(a.takenAt));
  const keep = new Set<string>();
  const pick = (period: (backup: DatedBackup) => string, count: number) => {
    const periods = new Set<string>();
    for (const backup of newestFirst) {
      const key = period(backup);
      if (periods.has(key)) continue;
      if (periods.size >= count) break;
      periods.add(key);
      keep.add(backup.name);
    }
  };
  pick((backup) => localDay(backup.takenAt), retention.daily);
  pick((backup) => localDay(backup.takenAt).slice(0, 7), retention.monthly);
  if (newestFirst[0]) keep.add(newestFirst[0].name);
  return keep;
}
