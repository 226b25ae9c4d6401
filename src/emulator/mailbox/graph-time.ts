import { DateTime } from 'luxon';
import { toIanaZone } from '../../core/time-zone';
import type { DateTimeTimeZone } from './event-types';

/** A zone asked for by `Prefer: outlook.timezone`: the IANA zone, and the name echoed back. */
export interface OutputZone {
  iana: string;
  label: string;
}

export const UTC_OUTPUT: OutputZone = { iana: 'UTC', label: 'UTC' };

export function requireZone(name: string): string {
  const zone = toIanaZone(name);
  if (zone === undefined) throw new Error(`unknown time zone: ${name}`);
  return zone;
}

/** Epoch ms of a Graph `dateTimeTimeZone`. */
export function instantOf(value: DateTimeTimeZone): number {
  const instant = DateTime.fromISO(value.dateTime, { zone: requireZone(value.timeZone) });
  if (!instant.isValid) throw new Error(`invalid dateTime: ${value.dateTime}`);
  return instant.toMillis();
}

/** `YYYY-MM-DD` of a Graph `dateTimeTimeZone`, read as written (all-day events float). */
export function dateOf(value: DateTimeTimeZone): string {
  return value.dateTime.slice(0, 10);
}

export function midnightOf(date: string, zone: string): number {
  return DateTime.fromISO(date, { zone }).startOf('day').toMillis();
}

/** Graph writes seven fractional digits: `2026-11-16T09:00:00.0000000`. */
export function formatGraphDateTime(ms: number, zone: string): string {
  return DateTime.fromMillis(ms, { zone }).toFormat("yyyy-MM-dd'T'HH:mm:ss.SSS'0000'");
}

/** `createdDateTime`-style UTC instants: `2026-11-10T08:00:00.0000000Z`. */
export function formatUtcInstant(ms: number): string {
  return `${formatGraphDateTime(ms, 'UTC')}Z`;
}

/**
 * `startDateTime`/`endDateTime` of calendarView: ISO 8601, read with its own offset, or as UTC
 * when it has none (the `Prefer: outlook.timezone` header does not apply to them).
 */
export function parseQueryInstant(text: string): number | undefined {
  const instant = DateTime.fromISO(text.trim(), { zone: 'UTC', setZone: true });
  return instant.isValid ? instant.toMillis() : undefined;
}
