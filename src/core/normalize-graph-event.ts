import { DateTime } from 'luxon';
import type { Event as GraphEvent } from '@microsoft/microsoft-graph-types';
import { CUSTOM_PROPERTIES_EXTENDED_PROPERTY_ID, QUADRANT_OVERRIDE_PROPERTY } from './addin';
import type { Quadrant } from './catalog';
import { isQuadrant } from './catalog';
import type { AllDaySpan, CalendarEvent, TimedSpan } from './calendar-event';
import { dateOutOfRange, isSupportedDate, isSupportedInstant } from './date-range';
import { InvalidInputError, oneLine } from './errors';
import { readGraphEnum, RESPONSES, SHOW_AS } from './graph-enums';
import { isPrivateSensitivity } from './privacy';
import { toIanaZone } from './time-zone';

/** Names one event in an error message without leaking a private subject. */
function describe(raw: Partial<GraphEvent>, index: number): { fr: string; en: string } {
  const id = typeof raw.id === 'string' && raw.id !== '' ? oneLine(raw.id, 40) : null;
  const isPrivate = isPrivateSensitivity(raw.sensitivity);
  const subject =
    !isPrivate && typeof raw.subject === 'string' && raw.subject.trim() !== ''
      ? oneLine(raw.subject, 50)
      : null;
  const position = `#${index + 1}`;
  const fr = [`événement ${position}`, id && `id ${id}`, subject && `« ${subject} »`]
    .filter(Boolean)
    .join(', ');
  const en = [`event ${position}`, id && `id ${id}`, subject && `"${subject}"`]
    .filter(Boolean)
    .join(', ');
  return { fr, en };
}

function eventError(
  raw: Partial<GraphEvent>,
  index: number,
  fr: string,
  en: string,
): InvalidInputError {
  const who = describe(raw, index);
  return new InvalidInputError({ fr: `${who.fr} : ${fr}`, en: `${who.en}: ${en}` });
}

interface GraphDateTime {
  dateTime: string;
  timeZone: string;
}

function readDateTime(
  raw: Partial<GraphEvent>,
  field: 'start' | 'end',
  index: number,
): GraphDateTime {
  const value: unknown = raw[field];
  if (typeof value !== 'object' || value === null) {
    throw eventError(raw, index, `« ${field} » manquant`, `missing "${field}"`);
  }
  const { dateTime, timeZone } = value as { dateTime?: unknown; timeZone?: unknown };
  if (typeof dateTime !== 'string' || dateTime.trim() === '') {
    throw eventError(raw, index, `« ${field}.dateTime » manquant`, `missing "${field}.dateTime"`);
  }
  // Absent is UTC (Graph's own default); anything but a name would be a guess.
  if (timeZone !== undefined && typeof timeZone !== 'string') {
    const shown = oneLine(JSON.stringify(timeZone) ?? String(timeZone), 30);
    throw eventError(
      raw,
      index,
      `« ${field}.timeZone » doit être un nom de fuseau comme « Europe/Paris » ou « UTC », pas ${shown}`,
      `"${field}.timeZone" must be a zone name such as "Europe/Paris" or "UTC", not ${shown}`,
    );
  }
  return { dateTime: dateTime.trim(), timeZone: timeZone ?? 'UTC' };
}

/** `Z`, `+01:00`, `-0500` at the end of an ISO date-time. */
const WRITTEN_OFFSET = /(?:Z|[+-]\d{2}(?::?\d{2})?)$/i;

const WALL_CLOCK = "yyyy-MM-dd'T'HH:mm:ss.SSS";

/**
 * Graph's `dateTime` is a local time without offset, in `timeZone`. One with an offset is
 * that instant when the offset is the zone's at that time, and refused when it is not: which
 * of the two the writer meant cannot be told. A local time the spring change skips does not
 * exist (Windows refuses it too): refused rather than moved.
 */
function toInstant(raw: Partial<GraphEvent>, field: 'start' | 'end', index: number): DateTime {
  const { dateTime, timeZone } = readDateTime(raw, field, index);
  const zone = toIanaZone(timeZone === '' ? 'UTC' : timeZone);
  if (zone === undefined) {
    throw eventError(
      raw,
      index,
      `fuseau horaire inconnu « ${oneLine(timeZone, 60)} » dans « ${field} »`,
      `unknown time zone "${oneLine(timeZone, 60)}" in "${field}"`,
    );
  }
  const hasOffset = WRITTEN_OFFSET.test(dateTime) && dateTime.includes('T');
  const written = DateTime.fromISO(dateTime, hasOffset ? { setZone: true } : { zone: 'UTC' });
  if (!written.isValid) {
    throw eventError(
      raw,
      index,
      `date invalide « ${oneLine(dateTime, 40)} » dans « ${field} »`,
      `invalid date "${oneLine(dateTime, 40)}" in "${field}"`,
    );
  }
  const instant = hasOffset ? written.setZone(zone) : DateTime.fromISO(dateTime, { zone });
  if (hasOffset && instant.offset !== written.offset) {
    const zoneOffset = instant.toFormat('ZZ');
    throw eventError(
      raw,
      index,
      `« ${field} » : le décalage de « ${oneLine(dateTime, 40)} » contredit le fuseau « ${oneLine(timeZone, 60)} » (${zoneOffset} à cette heure) ; donnez l’heure locale sans décalage`,
      `"${field}": the offset of "${oneLine(dateTime, 40)}" contradicts the time zone "${oneLine(timeZone, 60)}" (${zoneOffset} at that time); give the local time without offset`,
    );
  }
  if (!hasOffset && instant.toFormat(WALL_CLOCK) !== written.toFormat(WALL_CLOCK)) {
    throw eventError(
      raw,
      index,
      `« ${field} » : ${oneLine(dateTime, 40)} n’existe pas à ${zone} (on avance l’heure à ce moment-là)`,
      `"${field}": ${oneLine(dateTime, 40)} does not exist in ${zone} (the clocks go forward at that time)`,
    );
  }
  if (!isSupportedInstant(instant.toMillis())) throw outOfRange(raw, index, field, dateTime);
  return instant;
}

function outOfRange(
  raw: Partial<GraphEvent>,
  index: number,
  field: 'start' | 'end',
  text: string,
): InvalidInputError {
  const why = dateOutOfRange(text);
  return eventError(raw, index, `« ${field} » : ${why.fr}`, `"${field}": ${why.en}`);
}

const MINUTE_MS = 60_000;

/** Counting is in whole minutes (seconds dropped), and so is every time shown. */
const toWholeMinute = (ms: number) => Math.floor(ms / MINUTE_MS) * MINUTE_MS;

function timedSpan(raw: Partial<GraphEvent>, index: number): TimedSpan {
  const start = toInstant(raw, 'start', index).toMillis();
  const end = toInstant(raw, 'end', index).toMillis();
  // Before the cut to the minute: an end seconds before the start is still before it.
  if (end < start) {
    throw eventError(raw, index, 'la fin est avant le début', 'end is before start');
  }
  return { kind: 'timed', start: toWholeMinute(start), end: toWholeMinute(end) };
}

/** All-day events are floating dates: the date part is the truth, whatever zone Graph names. */
function allDaySpan(raw: Partial<GraphEvent>, index: number): AllDaySpan {
  const dateOf = (field: 'start' | 'end'): string => {
    const { dateTime } = readDateTime(raw, field, index);
    const date = DateTime.fromISO(dateTime.slice(0, 10), { zone: 'UTC' });
    if (!date.isValid) {
      throw eventError(raw, index, `date invalide dans « ${field} »`, `invalid date in "${field}"`);
    }
    const iso = date.toISODate() ?? '';
    if (!isSupportedDate(iso)) throw outOfRange(raw, index, field, iso);
    return iso;
  };
  const startDate = dateOf('start');
  const endDate = dateOf('end');
  if (endDate < startDate) {
    throw eventError(raw, index, 'la fin est avant le début', 'end is before start');
  }
  return { kind: 'allDay', startDate, endDate };
}

function quadrantOverride(raw: Partial<GraphEvent>): Quadrant | null {
  const properties = raw.singleValueExtendedProperties;
  if (!Array.isArray(properties)) return null;
  const wanted = CUSTOM_PROPERTIES_EXTENDED_PROPERTY_ID.toLowerCase();
  const property = properties.find(
    (p) => typeof p?.id === 'string' && p.id.toLowerCase() === wanted,
  );
  if (typeof property?.value !== 'string') return null;
  try {
    const parsed: unknown = JSON.parse(property.value);
    if (typeof parsed !== 'object' || parsed === null) return null;
    const quadrant = (parsed as Record<string, unknown>)[QUADRANT_OVERRIDE_PROPERTY];
    return isQuadrant(quadrant) ? quadrant : null;
  } catch {
    // A hand-edited or foreign value is no override; the task's quadrant applies.
    return null;
  }
}

function isAllDay(event: Partial<GraphEvent>, index: number): boolean {
  const value: unknown = event.isAllDay;
  if (value === undefined || value === null || typeof value === 'boolean') return value === true;
  throw eventError(
    event,
    index,
    `« isAllDay » doit valoir true ou false, pas ${oneLine(JSON.stringify(value), 20)}`,
    `"isAllDay" must be true or false, not ${oneLine(JSON.stringify(value), 20)}`,
  );
}

function categories(raw: Partial<GraphEvent>, index: number): string[] {
  const value: unknown = raw.categories;
  if (value === undefined || value === null) return [];
  // A tag written by hand as `"categories": "REU"` would otherwise leave the event untagged unseen.
  if (!Array.isArray(value) || !value.every((c) => typeof c === 'string')) {
    throw eventError(
      raw,
      index,
      '« categories » doit être une liste de textes, par exemple ["Centaure REU"]',
      '"categories" must be a list of texts, such as ["Centaure REU"]',
    );
  }
  return value;
}

/** Turns one Graph event (wire JSON) into a {@link CalendarEvent}, or throws an error naming it. */
export function normalizeGraphEvent(raw: unknown, index: number): CalendarEvent {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new InvalidInputError({
      fr: `événement #${index + 1} : un événement doit être un objet JSON`,
      en: `event #${index + 1}: an event must be a JSON object`,
    });
  }
  const event = raw as Partial<GraphEvent>;
  if (typeof event.id !== 'string' || event.id === '') {
    throw eventError(event, index, '« id » manquant', 'missing "id"');
  }
  const organizer = event.organizer?.emailAddress?.address;
  return {
    id: event.id,
    subject: typeof event.subject === 'string' ? event.subject : '',
    span: isAllDay(event, index) ? allDaySpan(event, index) : timedSpan(event, index),
    isCancelled: event.isCancelled === true,
    response: readGraphEnum(event.responseStatus?.response, RESPONSES, 'none'),
    showAs: readGraphEnum(event.showAs, SHOW_AS, 'busy'),
    isPrivate: isPrivateSensitivity(event.sensitivity),
    categories: categories(event, index),
    quadrantOverride: quadrantOverride(event),
    organizer: typeof organizer === 'string' && organizer !== '' ? organizer.toLowerCase() : null,
    attendeeCount: Array.isArray(event.attendees) ? event.attendees.length : 0,
    seriesMasterId:
      typeof event.seriesMasterId === 'string' && event.seriesMasterId !== ''
        ? event.seriesMasterId
        : null,
  };
}

/**
 * Annotations `centaure pull` adds to the calendarView response it writes (OData allows
 * instance annotations), so that a later `summarize` can say when it counts another week.
 */
export const PULLED_WEEK_ANNOTATION = '@centaure.week';
export const PULLED_ZONE_ANNOTATION = '@centaure.timeZone';

/** The week and zone a pulled file says it holds, when it says so. */
export function pulledWeekOf(document: unknown): { week?: string; timeZone?: string } {
  if (typeof document !== 'object' || document === null || Array.isArray(document)) return {};
  const annotations = document as Record<string, unknown>;
  const text = (key: string) =>
    typeof annotations[key] === 'string' ? (annotations[key] as string) : undefined;
  return { week: text(PULLED_WEEK_ANNOTATION), timeZone: text(PULLED_ZONE_ANNOTATION) };
}

/** Accepts a calendarView response (`{"value": [...]}`) or a bare array of Graph events. */
export function graphEventsFrom(document: unknown): unknown[] {
  if (Array.isArray(document)) return document;
  if (
    typeof document === 'object' &&
    document !== null &&
    Array.isArray((document as { value?: unknown }).value)
  ) {
    return (document as { value: unknown[] }).value;
  }
  throw new InvalidInputError({
    fr: 'Les événements doivent être une réponse calendarView de Graph ({"value": [...]}) ou un tableau JSON d’événements.',
    en: 'Events must be a Graph calendarView response ({"value": [...]}) or a JSON array of events.',
  });
}
