import type { Json, JsonObject } from '../json';
import { isJsonObject } from '../json';
import type { DateTimeTimeZone, EventData, ExtendedProperty } from './event-types';
import { toIanaZone } from '../../core/time-zone';

const SHOW_AS = ['free', 'tentative', 'busy', 'oof', 'workingElsewhere', 'unknown'];
const SENSITIVITY = ['normal', 'personal', 'private', 'confidential'];
const IMPORTANCE = ['low', 'normal', 'high'];

/** Properties a client may send but that Exchange computes; a PATCH silently keeps them. */
const READ_ONLY = new Set([
  '@odata.etag',
  '@odata.type',
  'id',
  'changekey',
  'createddatetime',
  'lastmodifieddatetime',
  'type',
  'seriesmasterid',
  'icaluid',
  'uid',
  'iscancelled',
  'isorganizer',
  'responsestatus',
  'organizer',
  'weblink',
  'originalstarttimezone',
  'originalendtimezone',
  'occurrenceid',
  'bodypreview',
  'hasattachments',
  'isreminderon',
  'reminderminutesbeforestart',
  'responserequested',
  'allownewtimeproposals',
  'hideattendees',
  'isonlinemeeting',
  'onlinemeetingprovider',
  'transactionid',
  'isdraft',
]);

export class PatchError extends Error {}

function enumValue(value: Json, allowed: readonly string[], type: string): string {
  if (typeof value !== 'string' || !allowed.includes(value)) {
    throw new PatchError(
      `Cannot convert the literal '${String(value)}' to the expected type 'microsoft.graph.${type}'.`,
    );
  }
  return value;
}

function dateTimeValue(value: Json, name: string): DateTimeTimeZone {
  if (!isJsonObject(value) || typeof value.dateTime !== 'string') {
    throw new PatchError(`The property '${name}' must be a dateTimeTimeZone.`);
  }
  const timeZone = typeof value.timeZone === 'string' ? value.timeZone : 'UTC';
  if (toIanaZone(timeZone) === undefined) {
    throw new PatchError(
      `A valid TimeZone value must be specified. The following TimeZone value is not supported: '${timeZone}'.`,
    );
  }
  return { dateTime: value.dateTime, timeZone };
}

function categoriesValue(value: Json): string[] {
  if (!Array.isArray(value) || !value.every((c): c is string => typeof c === 'string')) {
    throw new PatchError("The property 'categories' must be a collection of strings.");
  }
  return value;
}

/** Graph PATCH on singleValueExtendedProperties creates or replaces the given ids and keeps the others. */
function mergeProperties(current: readonly ExtendedProperty[], value: Json): ExtendedProperty[] {
  if (!Array.isArray(value))
    throw new PatchError("The property 'singleValueExtendedProperties' must be a collection.");
  const merged = current.map((property) => ({ ...property }));
  for (const entry of value) {
    if (!isJsonObject(entry) || typeof entry.id !== 'string' || typeof entry.value !== 'string') {
      throw new PatchError(
        'Each singleValueLegacyExtendedProperty needs a string id and a string value.',
      );
    }
    const existing = merged.find(
      (property) => property.id.toLowerCase() === (entry.id as string).toLowerCase(),
    );
    if (existing) existing.value = entry.value;
    else merged.push({ id: entry.id, value: entry.value });
  }
  return merged;
}

/** Applies a PATCH body to an event's data, or throws a {@link PatchError} naming the bad property. */
export function applyEventPatch(data: EventData, patch: JsonObject): EventData {
  const next: EventData = { ...data };
  for (const [name, value] of Object.entries(patch)) {
    switch (name) {
      case 'subject':
        if (typeof value !== 'string')
          throw new PatchError("The property 'subject' must be a string.");
        next.subject = value;
        break;
      case 'categories':
        next.categories = categoriesValue(value);
        break;
      case 'showAs':
        next.showAs = enumValue(value, SHOW_AS, 'freeBusyStatus') as EventData['showAs'];
        break;
      case 'sensitivity':
        next.sensitivity = enumValue(value, SENSITIVITY, 'sensitivity') as EventData['sensitivity'];
        break;
      case 'importance':
        next.importance = enumValue(value, IMPORTANCE, 'importance') as EventData['importance'];
        break;
      case 'isAllDay':
        if (typeof value !== 'boolean')
          throw new PatchError("The property 'isAllDay' must be a boolean.");
        next.isAllDay = value;
        break;
      case 'start':
      case 'end':
        next[name] = dateTimeValue(value, name);
        break;
      case 'body':
        next.body =
          isJsonObject(value) && typeof value.content === 'string' ? value.content : next.body;
        break;
      case 'location':
        next.location =
          isJsonObject(value) && typeof value.displayName === 'string' ? value.displayName : '';
        break;
      case 'singleValueExtendedProperties':
        next.singleValueExtendedProperties = mergeProperties(
          data.singleValueExtendedProperties,
          value,
        );
        break;
      default:
        if (!READ_ONLY.has(name.toLowerCase())) {
          throw new PatchError(
            `The property '${name}' does not exist on type 'microsoft.graph.event'. Make sure to only use property names that are defined by the type or mark the type as open type.`,
          );
        }
    }
  }
  return next;
}
