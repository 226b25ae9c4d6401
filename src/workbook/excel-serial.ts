const MS_PER_DAY = 86_400_000;
// Excel's day 0 is 1899-12-30 (its 1900 leap-year bug makes serials before March 1900 differ; not our dates).
const EPOCH_OFFSET_DAYS = 25_569;

/** Serial number of a local date `YYYY-MM-DD`. */
export function excelDate(date: string): number {
  const [year, month, day] = date.split('-').map(Number);
  return Date.UTC(year, month - 1, day) / MS_PER_DAY + EPOCH_OFFSET_DAYS;
}

/** Serial number of the wall-clock time of an ISO local time with offset (`2026-11-16T09:30:00+01:00`). */
export function excelDateTime(localIso: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?/.exec(localIso);
  if (!match) throw new RangeError(`not an ISO local time: ${localIso}`);
  const [, y, mo, d, h, mi, s] = match;
  const wallClock = Date.UTC(+y, +mo - 1, +d, +h, +mi, s === undefined ? 0 : +s);
  return wallClock / MS_PER_DAY + EPOCH_OFFSET_DAYS;
}

/** The date `YYYY-MM-DD` of a serial number (its time of day dropped). */
export function dateOfExcelSerial(serial: number): string {
  const ms = (Math.floor(serial) - EPOCH_OFFSET_DAYS) * MS_PER_DAY;
  return new Date(ms).toISOString().slice(0, 10);
}
