const CHINA_STANDARD_TIME_OFFSET_MILLISECONDS = 8 * 3_600_000;

/** The business date (Asia/Shanghai, which keeps no daylight saving) of an ISO-8601 instant. */
export function businessDateOf(instant: string): string {
  const milliseconds = Date.parse(instant);
  if (Number.isNaN(milliseconds)) throw new RangeError(`Not an instant: '${instant}'`);
  return new Date(milliseconds + CHINA_STANDARD_TIME_OFFSET_MILLISECONDS).toISOString().slice(0, 10);
}
