import { createHash } from 'node:crypto';
import type { Json, JsonObject } from '../json';
import type { ExtendedPropertyExpansion } from '../odata-query';
import type { EventInstance } from './event-types';
import type { OutputZone } from './graph-time';
import { formatGraphDateTime, formatUtcInstant } from './graph-time';

export interface WireOptions {
  zone: OutputZone;
  select?: ReadonlySet<string>;
  expand: ExtendedPropertyExpansion;
}

/** Exchange's changeKey is an opaque base64 string that changes with every write. */
export function changeKeyOf(instance: EventInstance): string {
  const source =
    instance.type === 'occurrence' ? (instance.seriesMasterId ?? instance.id) : instance.id;
  return createHash('sha256')
    .update(`${source}:${instance.version}`)
    .digest()
    .subarray(0, 20)
    .toString('base64');
}

export function etagOf(instance: EventInstance): string {
  return `W/"${changeKeyOf(instance)}"`;
}

function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"]/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c,
  );
}

function dateTimeOut(
  instance: EventInstance,
  field: 'start' | 'end',
  zone: OutputZone,
): JsonObject {
  const value = instance.data[field];
  if (instance.data.isAllDay) {
    // All-day events float: midnight of their dates in whichever zone is asked for.
    return { dateTime: `${value.dateTime.slice(0, 10)}T00:00:00.0000000`, timeZone: zone.label };
  }
  const ms = field === 'start' ? instance.startMs : instance.endMs;
  return { dateTime: formatGraphDateTime(ms, zone.iana), timeZone: zone.label };
}

function occurrenceIdOf(instance: EventInstance): string | null {
  if (instance.seriesMasterId === null || instance.occurrenceDate === null) return null;
  return `OID.${instance.seriesMasterId}.${instance.occurrenceDate}`;
}

/** Graph's property ids name the property set GUID in lower case, whatever the client wrote. */
function canonicalPropertyId(id: string): string {
  return id.replace(/\{[0-9a-f-]+\}/i, (guid) => guid.toLowerCase());
}

function extendedProperties(
  instance: EventInstance,
  expand: ExtendedPropertyExpansion,
): Json | undefined {
  if (expand.kind === 'none') return undefined;
  const wanted =
    expand.kind === 'ids' ? new Set(expand.ids.map((id) => id.toLowerCase())) : undefined;
  const properties = instance.data.singleValueExtendedProperties.filter(
    (property) => wanted === undefined || wanted.has(property.id.toLowerCase()),
  );
  // Graph leaves the navigation property out when no property matches the filter.
  if (properties.length === 0) return undefined;
  return properties.map((property) => ({
    id: canonicalPropertyId(property.id),
    value: property.value,
  }));
}

/** All properties of an event, in the order Graph writes them. */
function allProperties(instance: EventInstance, zone: OutputZone): JsonObject {
  const { data } = instance;
  const location: JsonObject =
    data.location === ''
      ? {
          displayName: '',
          locationType: 'default',
          uniqueIdType: 'unknown',
          address: {},
          coordinates: {},
        }
      : {
          displayName: data.location,
          locationType: 'default',
          uniqueId: data.location,
          uniqueIdType: 'private',
        };
  return {
    id: instance.id,
    createdDateTime: instance.createdDateTime,
    lastModifiedDateTime: instance.lastModifiedDateTime,
    changeKey: changeKeyOf(instance),
    categories: [...data.categories],
    transactionId: null,
    originalStartTimeZone: data.start.timeZone,
    originalEndTimeZone: data.end.timeZone,
    iCalUId: instance.iCalUId,
    uid: instance.iCalUId,
    reminderMinutesBeforeStart: data.isAllDay ? 1080 : 15,
    isReminderOn: !data.isAllDay,
    hasAttachments: false,
    subject: data.subject,
    bodyPreview: data.body.slice(0, 255),
    importance: data.importance,
    sensitivity: data.sensitivity,
    isAllDay: data.isAllDay,
    isCancelled: data.isCancelled,
    isOrganizer: data.response === 'organizer',
    responseRequested: true,
    seriesMasterId: instance.seriesMasterId,
    showAs: data.showAs,
    type: instance.type,
    webLink: `https://outlook.office365.com/owa/?itemid=${encodeURIComponent(instance.id)}&exvsurl=1&path=/calendar/item`,
    onlineMeetingUrl: null,
    isOnlineMeeting: false,
    onlineMeetingProvider: 'unknown',
    allowNewTimeProposals: true,
    occurrenceId: occurrenceIdOf(instance),
    isDraft: false,
    hideAttendees: false,
    ...(instance.originalStartMs === null
      ? {}
      : { originalStart: `${formatUtcInstant(instance.originalStartMs).slice(0, 19)}Z` }),
    responseStatus: { response: data.response, time: data.responseTime },
    body: {
      contentType: 'html',
      content: `<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>${escapeHtml(data.body)}</body></html>`,
    },
    start: dateTimeOut(instance, 'start', zone),
    end: dateTimeOut(instance, 'end', zone),
    location,
    locations: data.location === '' ? [] : [location],
    recurrence: instance.recurrence as unknown as Json,
    attendees: data.attendees.map((attendee) => ({
      type: attendee.type,
      status: { response: attendee.response, time: NO_TIME },
      emailAddress: { name: attendee.name, address: attendee.address },
    })),
    organizer: { emailAddress: { name: data.organizer.name, address: data.organizer.address } },
    onlineMeeting: null,
  };
}

const NO_TIME = '0001-01-01T00:00:00Z';

/** One event as Graph sends it: `@odata.etag`, then the selected (or all) properties. */
export function eventToWire(instance: EventInstance, options: WireOptions): JsonObject {
  const all = allProperties(instance, options.zone);
  const wire: JsonObject = { '@odata.etag': etagOf(instance) };
  for (const [name, value] of Object.entries(all)) {
    if (name === 'id' || options.select === undefined || options.select.has(name.toLowerCase()))
      wire[name] = value;
  }
  const properties = extendedProperties(instance, options.expand);
  if (properties !== undefined) wire.singleValueExtendedProperties = properties;
  return wire;
}
