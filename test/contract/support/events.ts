import type { EventInput } from '../../../src/emulator';

/** A timed event in Paris time, as Exchange stores it (Windows zone name). */
export function parisEvent(
  subject: string,
  date: string,
  from: string,
  to: string,
  extra: Partial<EventInput> = {},
): EventInput {
  return {
    subject,
    start: { dateTime: `${date}T${from}:00`, timeZone: 'Romance Standard Time' },
    end: { dateTime: `${date}T${to}:00`, timeZone: 'Romance Standard Time' },
    ...extra,
  };
}

export function calendarViewPath(start: string, end: string, extra = ''): string {
  const query = new URLSearchParams({ startDateTime: start, endDateTime: end });
  return `/v1.0/me/calendarView?${query.toString()}${extra}`;
}

export interface WireEvent {
  id: string;
  subject: string;
  type: string;
  seriesMasterId: string | null;
  start: { dateTime: string; timeZone: string };
  end: { dateTime: string; timeZone: string };
  [key: string]: unknown;
}
