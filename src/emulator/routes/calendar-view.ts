import type { EmulatorRequest, EmulatorResponse } from '../http-types';
import type { JsonObject } from '../json';
import { eventToWire } from '../mailbox/event-wire';
import { parseQueryInstant } from '../mailbox/graph-time';
import { zonePreference } from '../mailbox/time-zone-preference';
import type { Mailbox } from '../mailbox/mailbox';
import { extendedPropertyExpansion, preferences, queryValue, selectedFields } from '../odata-query';
import { badRequest, graphError, jsonResponse, odataContext } from '../responses';
import type { RouteHost } from '../route-host';

/** Graph's default page when neither `$top` nor `odata.maxpagesize` is given. */
export const DEFAULT_PAGE_SIZE = 10;
/** "CalendarView with $top has a minimum value of 1 and maximum of 1000" (List calendarView docs). */
export const MAX_PAGE_SIZE = 1000;

function positiveInteger(text: string | undefined): number | undefined | 'invalid' {
  if (text === undefined) return undefined;
  return /^\d+$/.test(text.trim()) && Number(text) >= 1 ? Number(text) : 'invalid';
}

function pageSize(request: EmulatorRequest): { size: number; applied?: string } | EmulatorResponse {
  const top = positiveInteger(queryValue(request, '$top'));
  if (top === 'invalid')
    return badRequest("Invalid value for query option '$top'.", 'ErrorInvalidParameter');
  if (top !== undefined) return { size: Math.min(top, MAX_PAGE_SIZE) };
  const preferred = positiveInteger(preferences(request).get('odata.maxpagesize'));
  if (typeof preferred === 'number') {
    const size = Math.min(preferred, MAX_PAGE_SIZE);
    return { size, applied: `odata.maxpagesize=${size}` };
  }
  return { size: DEFAULT_PAGE_SIZE };
}

function calendarView(mailbox: Mailbox, request: EmulatorRequest): EmulatorResponse {
  const startText = queryValue(request, 'startDateTime');
  const endText = queryValue(request, 'endDateTime');
  if (startText === undefined || endText === undefined) {
    return graphError(
      400,
      'ErrorInvalidParameter',
      'This request requires a time window specified by the query string parameters StartDateTime and EndDateTime.',
    );
  }
  const startMs = parseQueryInstant(startText);
  const endMs = parseQueryInstant(endText);
  if (startMs === undefined || endMs === undefined) {
    const bad = startMs === undefined ? 'StartDateTime' : 'EndDateTime';
    return graphError(
      400,
      'ErrorInvalidParameter',
      `The value of the parameter '${bad}' is invalid.`,
    );
  }
  const page = pageSize(request);
  if ('status' in page) return page;
  const skipText = queryValue(request, '$skip') ?? '0';
  if (!/^\d+$/.test(skipText))
    return badRequest("Invalid value for query option '$skip'.", 'ErrorInvalidParameter');
  const skip = Number(skipText);

  const { zone, applied: zoneApplied } = zonePreference(request);
  const select = selectedFields(request);
  const expand = extendedPropertyExpansion(request);
  const instances = mailbox.instancesBetween(startMs, endMs);
  const value = instances
    .slice(skip, skip + page.size)
    .map((instance) => eventToWire(instance, { zone, select, expand }));

  const selectText = queryValue(request, '$select');
  const context = odataContext(
    request,
    `users('${mailbox.owner.id}')/calendarView${selectText ? `(${selectText})` : ''}`,
  );
  const body: JsonObject = { '@odata.context': context };
  if (skip + page.size < instances.length) {
    // The next link carries the page size so it works without the Prefer header too.
    const next = new URLSearchParams(request.query);
    for (const key of [...next.keys()]) {
      if (/^\$(skip|top)$/i.test(key)) next.delete(key);
    }
    next.set('$top', String(page.size));
    next.set('$skip', String(skip + page.size));
    body['@odata.nextLink'] = `${request.baseUrl}${request.path}?${next.toString()}`;
  }
  body.value = value;
  const applied = [zoneApplied, page.applied].filter(
    (entry): entry is string => entry !== undefined,
  );
  return jsonResponse(
    200,
    body,
    applied.length > 0 ? { 'Preference-Applied': applied.join(', ') } : {},
  );
}

export function registerCalendarViewRoutes(host: RouteHost): void {
  const handler = (request: EmulatorRequest) => calendarView(host.mailbox, request);
  host.addRoute('GET', '/v1.0/me/calendarView', handler);
  host.addRoute('GET', '/v1.0/me/calendar/calendarView', handler);
}
