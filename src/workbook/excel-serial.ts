const MS_PER_DAY = 86_400_000;
// Excel's day 0 is 1899-12-30 from March 1900 on.
const EPOCH_OFFSET_DAYS = 25_569;
/**
 * Excel counts a 29 February 1900 that never was (serial 60, kept from Lotus 1-2-3): the
 * days before it, from 1900-01-01 (serial 1), are one less than a count from 1899-12-30.
 */
const FIRST_MARCH_1900 = 61;

function serialOfDays(days: number): number {
  return days < FIRST_MARCH_1900 ? days - 1 : days;
}

/** Serial number of a local date `YYYY-MM-DD`. */
export function excelDate(date: string): number {
  const [year, month, day] = date.split('-').map(Number);
  return serialOfDays(Date.UTC(year, month - 1, day) / MS_PER_DAY + EPOCH_OFFSET_DAYS);
}

/** Serial number of the wall-clock time of an ISO local time with offset (`2026-11-16T09:30:00+01:00`). */
export function excelDateTime(localIso: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?/.exec(localIso);
  if (!match) throw new RangeError(`not an ISO local time: ${localIso}`);
  const [, y, mo, d, h, mi, s] = match;
  const wallClock = Date.UTC(+y, +mo - 1, +d, +h, +mi, s === undefined ? 0 : +s);
  return serialOfDays(wallClock / MS_PER_DAY + EPOCH_OFFSET_DAYS);
}

/** The date `YYYY-MM-DD` of a serial number (its time of day dropped). */
export function dateOfExcelSerial(serial: number): string {
  const whole = Math.floor(serial);
  const days = whole < FIRST_MARCH_1900 - 1 ? whole + 1 : whole;
  return new Date((days - EPOCH_OFFSET_DAYS) * MS_PER_DAY).toISOString().slice(0, 10);
}

/**
 * The serial number of a UTC instant, to the millisecond and within Excel's 15 significant
 * digits, so the value Excel stores is exactly the one sent: the team dashboard finds a
 * member's latest push by comparing these values for equality. (Push times are never in 1900.)
 */
export function utcSerial(date: Date): number {
  return Number((date.getTime() / MS_PER_DAY + EPOCH_OFFSET_DAYS).toPrecision(15));
}

/** The UTC instant of a serial number written by {@link utcSerial}, to the millisecond. */
export function instantOfUtcSerial(serial: number): Date {
  return new Date(Math.round((serial - EPOCH_OFFSET_DAYS) * MS_PER_DAY));
}
